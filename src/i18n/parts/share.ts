/** UI strings for sharing (share images, Open Graph) and the printable A4 summary (merged into src/i18n/ui.ts). */
export const vi = {
  // Share images
  'share.communeSubtitle': '{province} · mã đơn vị {code}',
  'share.source': 'Nguồn: {source}',
  'share.noHeadline': 'Văn bản của đơn vị chưa nêu các chỉ số chính.',
  'share.unreportedNote': 'Đơn vị này chưa gửi báo cáo về phong trào “Bình dân học vụ số”.',
  'share.unreportedDetail': 'Số liệu sẽ được đăng kèm văn bản nguồn khi xã, phường, đặc khu báo cáo.',
  'share.coverage': '{reported}/{total} xã, phường, đặc khu đã báo cáo',
  'share.provinceMedian': 'Trung vị tỷ lệ người trưởng thành có kỹ năng số cơ bản (trang tính từ {n} đơn vị đã báo cáo tỷ lệ này)',
  'share.provinceNoRate': 'Chưa có đơn vị nào báo cáo tỷ lệ người trưởng thành có kỹ năng số.',
  'share.siteTitle': 'Phong trào “Bình dân học vụ số”',
  // Printable A4 summary
  'print.link': 'In bản tóm tắt (A4)',
  'print.linkHelp': 'Một trang A4 có mã QR, để dán tại bảng tin Trung tâm phục vụ hành chính công',
  'print.title': 'Bản tóm tắt để in: {name}',
  'print.description':
    'Bản tóm tắt một trang A4 số liệu phong trào “Bình dân học vụ số” của {name} ({province}), có mã QR dẫn đến trang số liệu đầy đủ.',
  'print.kicker': 'Công khai số liệu phong trào “Bình dân học vụ số”',
  'print.unit': '{province} · Mã đơn vị {code} ({kind})',
  'print.heading': 'Các chỉ số chính',
  'print.otherHeading': 'Số liệu đơn vị đã báo cáo (văn bản chưa nêu các chỉ số chính)',
  'print.screenNote':
    'Trang này được trình bày để in trên một tờ A4 khổ dọc (dùng lệnh In của trình duyệt) và dán tại bảng tin của Trung tâm phục vụ hành chính công.',
  'print.back': 'Về trang số liệu của {name}',
  'print.scan': 'Quét mã QR hoặc gõ địa chỉ dưới đây để xem đầy đủ số liệu, biểu đồ và văn bản nguồn:',
  'print.qrLabel': 'Mã QR dẫn đến {url}',
  'print.qualifiers': 'Cách đọc số liệu',
  'print.exactNote': 'Số không kèm “ước tính”, “khoảng”, “trên”, “dưới” là số đơn vị ghi như số chính xác.',
  'print.latest': 'Văn bản mới nhất: {document}',
  'print.version': 'Phiên bản dữ liệu {version}',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'share.communeSubtitle': '{province} · official code {code}',
  'share.source': 'Source: {source}',
  'share.noHeadline': 'The unit’s documents do not state the headline figures.',
  'share.unreportedNote': 'This unit has not reported on the “Bình dân học vụ số” movement yet.',
  'share.unreportedDetail': 'Its figures will be published with their source documents once it reports.',
  'share.coverage': '{reported} of {total} communes, wards and special zones have reported',
  'share.provinceMedian': 'Median share of adults with basic digital skills (computed; units reporting this rate: {n})',
  'share.provinceNoRate': 'No unit has reported the share of adults with digital skills yet.',
  'share.siteTitle': 'The “Bình dân học vụ số” movement',
  'print.link': 'Print a one-page summary (A4)',
  'print.linkHelp': 'One A4 page with a QR code, for the notice board of the public service centre',
  'print.title': 'Printable summary: {name}',
  'print.description':
    'A one-page A4 summary of the “Bình dân học vụ số” figures of {name} ({province}), with a QR code to the full figures.',
  'print.kicker': 'Public figures of the “Bình dân học vụ số” movement',
  'print.unit': '{province} · Official code {code} ({kind})',
  'print.heading': 'Headline figures',
  'print.otherHeading': 'Figures the unit reported (its documents do not state the headline figures)',
  'print.screenNote':
    'This page is laid out to print on one A4 portrait sheet (use your browser’s Print command) for the notice board of the commune’s public service centre.',
  'print.back': 'Back to the figures of {name}',
  'print.scan': 'Scan the QR code or type this address to see every figure, chart and source document:',
  'print.qrLabel': 'QR code linking to {url}',
  'print.qualifiers': 'How to read the figures',
  'print.exactNote': 'Figures without “estimate”, “approximately”, “more than” or “less than” were reported as exact.',
  'print.latest': 'Latest document: {document}',
  'print.version': 'Data version {version}',
};
