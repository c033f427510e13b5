#include "gui/chat/PhrasePopupDelegate.h"

#include "gui/chat/PhrasePopupModel.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kPaddingX = 6;
constexpr int kPaddingY = 3;
constexpr int kCodeGap = 10;
const QColor kSelected(0xe6, 0xf1, 0xff);
const QColor kText(0x1f, 0x23, 0x28);
const QColor kCode(0x4b, 0x6b, 0x9a);

QString firstLine(const QString& body) {
    const qsizetype end = body.indexOf(u'\n');
    return end < 0 ? body : body.left(end);
}
}  // namespace

void PhrasePopupDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    painter->save();
    if (option.state & QStyle::State_Selected) {
        painter->fillRect(option.rect, kSelected);
    }
    const QRect text = option.rect.adjusted(kPaddingX, 0, -kPaddingX, 0);
    const QFontMetrics& fm = option.fontMetrics;
    int x = text.left();
    const QString code = index.data(PhrasePopupModel::ShortcutCodeRole).toString();
    if (!code.isEmpty()) {
        const QString shown = u"/"_s + code;
        painter->setPen(kCode);
        painter->drawText(QRect(x, text.top(), text.width(), text.height()), Qt::AlignVCenter | Qt::AlignLeft, shown);
        x += fm.horizontalAdvance(shown) + kCodeGap;
    }
    painter->setPen(kText);
    const QRect bodyRect(x, text.top(), std::max(0, text.right() - x), text.height());
    const QString body = fm.elidedText(firstLine(index.data().toString()), Qt::ElideRight, bodyRect.width());
    painter->drawText(bodyRect, Qt::AlignVCenter | Qt::AlignLeft, body);
    painter->restore();
}

QSize PhrasePopupDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    return {option.rect.width(), option.fontMetrics.height() + 2 * kPaddingY};
}

}  // namespace kefu
