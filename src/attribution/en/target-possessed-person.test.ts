import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/index.js';
import { extract } from '../../extract/index.js';

// An accused object "X's <title> <name>" names the person X has, not X: the possessor is no target then
// (en/target-objects.ts objectOwner, ownsPerson). An object that is X's act or thing still names X.
function targetsOf(text: string): string[][] {
  const r = extract({ bytes: Buffer.from(text, 'utf8'), source: 'test.txt', contentType: 'text/plain' });
  if (!r.ok) throw new Error(r.message);
  return analyze(r.article).statements.map((s) => s.targets.map((t) => t.text));
}

describe('a possessor that has a person is no target', () => {
  it('leaves the city out of an attack on its mayor', () => {
    const [t] = targetsOf("Council row\n\nThe governor lashed out at the port town's popular mayor Dana Whitlow on Monday.");
    expect(t).not.toContain("the port town");
  });

  it('leaves the country out of a condemnation of its minister', () => {
    const [t] = targetsOf("Talks fail\n\nThe senator condemned the island's finance minister Paolo Verde for the delay.");
    expect(t).not.toContain("the island");
  });

  it("still names the owner of a condemned act", () => {
    const [t] = targetsOf("Port closure\n\nThe union condemned the ministry's decision to close the harbour.");
    expect(t).toEqual(['the ministry']);
  });
});
