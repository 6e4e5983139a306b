/**
 * Tables in chapters get ids so they can be linked to: `table-<section id>`, and `-2`, `-3` for
 * further tables in the same section. Tied to the section's explicit id, a table's id survives
 * edits to everything but its own section.
 */
export function createTableIdAssigner(chapterId: string): { heading(id: string): void; table(): string } {
  let section = chapterId;
  let countInSection = 0;
  return {
    heading(id) {
      section = id;
      countInSection = 0;
    },
    table() {
      countInSection += 1;
      return countInSection === 1 ? `table-${section}` : `table-${section}-${countInSection}`;
    },
  };
}
