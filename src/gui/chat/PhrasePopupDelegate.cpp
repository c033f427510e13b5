#include "gui/chat/PhrasePopupDelegate.h"

#include "gui/chat/PhrasePopupModel.h"
#include "gui/widgets/ShapedTextCache.h"

#include <QPainter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kPaddingX = 6;
constexpr int kPaddingY = 3;
constexpr int kCodeGap = 10;
constexpr qsizetype kMaxCachedRows = 1024;  // the phrases of many popups (a row is ~1 KB)
const QColor kSelected(0xe6, 0xf1, 0xff);
const QColor kText(0x1f, 0x23, 0x28);
const QColor kCode(0x4b, 0x6b, 0x9a);

QString firstLine(const QString& body) {
    const qsizetype end = body.indexOf(u'\n');
    return end < 0 ? body : body.left(end);
}

qreal lineAscent(const QString& text, const QFont& font) {
    QTextLayout layout(text, font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    return line.isValid() ? line.ascent() : 0;
}
}  // namespace

PhrasePopupDelegate::Row PhrasePopupDelegate::makeRow(const QString& code, const QString& body,
                                                      const QStyleOptionViewItem& option, int width) {
    Row row;
    row.code = code;
    row.body = body;
    row.width = width;
    const QFontMetrics& fm = option.fontMetrics;
    if (!code.isEmpty()) {
        const QString shown = u"/"_s + code;
        row.shownCode = ShapedTextCache::prepare(option.font, shown);
        row.bodyOffset = fm.horizontalAdvance(shown) + kCodeGap;
        row.codeAscent = lineAscent(shown, option.font);
    }
    const int bodyWidth = std::max(0, width - row.bodyOffset);
    const QString elided = fm.elidedText(firstLine(body), Qt::ElideRight, bodyWidth);
    row.shownBody = ShapedTextCache::prepare(option.font, elided);
    row.bodyAscent = lineAscent(elided, option.font);
    return row;
}

const PhrasePopupDelegate::Row& PhrasePopupDelegate::cachedRow(const QStyleOptionViewItem& option,
                                                               const QModelIndex& index) const {
    if (option.font != m_font || m_rows.size() > kMaxCachedRows) {
        m_rows.clear();
        m_font = option.font;
    }
    const qint64 id = index.data(PhrasePopupModel::PhraseIdRole).toLongLong();
    const QString code = index.data(PhrasePopupModel::ShortcutCodeRole).toString();
    const QString body = index.data().toString();
    const int width = option.rect.width() - 2 * kPaddingX;
    auto found = m_rows.find(id);
    if (found == m_rows.end() || found->code != code || found->body != body || found->width != width) {
        found = m_rows.insert(id, makeRow(code, body, option, width));
    }
    return *found;
}

void PhrasePopupDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const Row& row = cachedRow(option, index);
    painter->save();
    if (option.state & QStyle::State_Selected) {
        painter->fillRect(option.rect, kSelected);
    }
    const qreal x = option.rect.left() + kPaddingX;
    const QFontMetrics& fm = option.fontMetrics;
    const qreal baseline = option.rect.top() + (option.rect.height() - fm.height()) / 2 + fm.ascent();
    if (!row.code.isEmpty()) {
        painter->setPen(kCode);
        painter->drawStaticText(QPointF(x, baseline - row.codeAscent), row.shownCode);
    }
    painter->setPen(kText);
    painter->drawStaticText(QPointF(x + row.bodyOffset, baseline - row.bodyAscent), row.shownBody);
    painter->restore();
}

QSize PhrasePopupDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    return {option.rect.width(), option.fontMetrics.height() + 2 * kPaddingY};
}

}  // namespace kefu
