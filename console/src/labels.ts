import labels from 'virtual:enum-labels'

/** The schema's Chinese name of an enum value (CaseStatus.PENDING_VERIFICATION: 待乡镇核查). */
export function label(enumName: string, value: string | null | undefined): string {
  if (value == null) return '—'
  return labels[enumName]?.[value] ?? value
}

export function dateTime(value: string | null | undefined): string {
  if (!value) return '—'
  return new Date(value).toLocaleString('zh-CN', { hour12: false })
}

export function date(value: string | null | undefined): string {
  return value ? new Date(value).toLocaleDateString('zh-CN') : '—'
}
