import type { ReactNode } from "react";
import { Link } from "react-router";

interface HomeSectionProps {
  id: string;
  title: string;
  /** The directory's address and its link's words. */
  more: { to: string; label: string };
  /** What to say, and what to do, when the list is empty. */
  empty: { text: string; action: ReactNode };
  count: number;
  children: ReactNode;
}

/** One list of the home page: a heading with a link to the whole directory, cards in a grid, or what to do. */
export function HomeSection({ id, title, more, empty, count, children }: HomeSectionProps) {
  return (
    <section aria-labelledby={id} className="home-section">
      <div className="section-header">
        <h2 id={id}>{title}</h2>
        {count > 0 && <Link to={more.to}>{more.label}</Link>}
      </div>
      {count > 0 ? (
        <ul className="element-list card-grid">{children}</ul>
      ) : (
        <div className="empty-state">
          <p>{empty.text}</p>
          <p>{empty.action}</p>
        </div>
      )}
    </section>
  );
}
