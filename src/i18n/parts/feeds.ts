/** UI strings for the feeds (merged into src/i18n/ui.ts). */
export const vi = {
  'feed.title': 'Bình dân học vụ số — văn bản mới và số liệu điều chỉnh',
  'feed.subtitle': 'Văn bản các xã, phường, đặc khu gửi lên, mới nhất trước; ghi rõ văn bản nào điều chỉnh số liệu đã công bố.',
  'feed.entrySummary': '{commune}, {province}: {n} số liệu.',
  'feed.revises': 'Điều chỉnh {n} số liệu so với văn bản trước.',
  'feed.revisedTitle': '(có điều chỉnh)',
  'feed.link': 'Nhận tin văn bản mới (Atom)',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'feed.title': 'Bình dân học vụ số — new documents and revised figures',
  'feed.subtitle': 'Documents submitted by communes, newest first; entries say which documents revise figures already published.',
  'feed.entrySummary': '{commune}, {province}: {n} {n|figure|figures}.',
  'feed.revises': 'Revises {n} {n|figure|figures} from the previous document.',
  'feed.revisedTitle': '(revised figures)',
  'feed.link': 'New documents feed (Atom)',
};
