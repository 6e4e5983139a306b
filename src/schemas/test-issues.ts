/** A failed parse as `field: message` lines, the way the build reports them. Test-only. */
export function issues(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }): string[] {
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
}
