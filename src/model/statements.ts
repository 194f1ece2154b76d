import type { Statement, Topic } from './topic.js';

/** Every statement of a pack a widget can show, with its JSON path (for reading-level checks). */
export function displayedStatements(topic: Topic): Array<{ path: string; text: string; source: readonly string[] }> {
  const out: Array<{ path: string; text: string; source: readonly string[] }> = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
    else if (value !== null && typeof value === 'object') {
      const record = value as Partial<Statement> & Record<string, unknown>;
      if (typeof record.text === 'string' && Array.isArray(record.source))
        out.push({ path, text: record.text, source: record.source });
      for (const [key, item] of Object.entries(record)) visit(item, path ? `${path}.${key}` : key);
    }
  };
  visit(topic, '');
  return out;
}
