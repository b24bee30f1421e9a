import { Link } from "react-router";

interface ElementCardProps {
  to: string;
  name: string;
  /** What the element is, such as "Cooperative". */
  kindLabel: string;
  shortDescription: string | null;
  tags: string[];
}

/** An element in a directory: its name links to its page. */
export function ElementCard({ to, name, kindLabel, shortDescription, tags }: ElementCardProps) {
  return (
    <li className="card element-card">
      <h2>
        <Link to={to}>{name}</Link>
      </h2>
      <p className="element-kind">{kindLabel}</p>
      {shortDescription && <p>{shortDescription}</p>}
      {tags.length > 0 && (
        <ul className="tags">
          {tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
