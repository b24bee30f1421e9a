import type { ReactNode } from "react";

interface CardProps {
  /** A list item in directories and lists, a section elsewhere. */
  as?: "li" | "section" | "div" | "article";
  className?: string;
  children: ReactNode;
  "aria-labelledby"?: string;
}

/** A surface with a border and a shadow: forms, directory entries, notices with actions. */
export function Card({ as: Tag = "div", className, children, ...props }: CardProps) {
  return (
    <Tag className={["card", className].filter(Boolean).join(" ")} {...props}>
      {children}
    </Tag>
  );
}
