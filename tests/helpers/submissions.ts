/** A valid report MDX for tests, with fields overridden (an empty string drops a field) and a body. */
export function reportMdx(over: Record<string, string> = {}, body = 'Nội dung.\n'): string {
  const fields: Record<string, string> = {
    commune: '"24682"',
    kind: 'báo cáo',
    title: 'Báo cáo thử',
    date: '2026-06-02',
    issuer: 'UBND xã Thuận An',
    ...over,
  };
  return `---\n${Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n${body}`;
}
