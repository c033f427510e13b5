#include "gui/chat/PhrasePopup.h"

#include <QGuiApplication>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kVisibleRows = 8;
constexpr int kWidth = 420;
}  // namespace

PhrasePopup::PhrasePopup(QWidget* parent) : QListWidget(parent) {
    // A tool tip window shows without activating, so the compose box keeps the keyboard.
    setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setObjectName(u"phrasePopup"_s);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setStyleSheet(
        u"QListWidget#phrasePopup { border: 1px solid #c9ced6; background: white; }"
        "QListWidget#phrasePopup::item { padding: 3px 6px; }"
        "QListWidget#phrasePopup::item:selected { background: #e6f1ff; color: #1f2328; }"_s);
    connect(this, &QListWidget::itemClicked, this, [this] { Q_EMIT phraseClicked(); });
}

void PhrasePopup::showPhrases(const QList<QuickPhrase>& phrases, const QPoint& globalBelow, const QPoint& globalAbove) {
    m_phrases = phrases;
    clear();
    for (const QuickPhrase& p : phrases) {
        const QString line = p.shortcutCode.isEmpty() ? p.body : u"/"_s + p.shortcutCode + u"  "_s + p.body;
        auto* item = new QListWidgetItem(fontMetrics().elidedText(line, Qt::ElideRight, kWidth - 24), this);
        item->setToolTip(p.body);
    }
    if (phrases.isEmpty()) {
        hide();
        return;
    }
    setCurrentRow(0);
    const int rowHeight = sizeHintForRow(0) > 0 ? sizeHintForRow(0) : fontMetrics().height() + 6;
    const int height = rowHeight * std::min<int>(kVisibleRows, static_cast<int>(phrases.size())) + 2 * frameWidth();
    resize(kWidth, height);
    QPoint at = globalBelow;
    if (const QScreen* screen = QGuiApplication::screenAt(globalBelow)) {
        if (at.y() + height > screen->availableGeometry().bottom()) {
            at = globalAbove - QPoint(0, height);
        }
    }
    move(at);
    show();
}

void PhrasePopup::moveSelection(int delta) {
    if (count() == 0) {
        return;
    }
    setCurrentRow((currentRow() + delta + count()) % count());
}

std::optional<QuickPhrase> PhrasePopup::currentPhrase() const {
    const int row = currentRow();
    if (row < 0 || row >= m_phrases.size()) {
        return std::nullopt;
    }
    return m_phrases.at(row);
}

}  // namespace kefu
