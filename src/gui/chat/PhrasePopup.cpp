#include "gui/chat/PhrasePopup.h"

#include "gui/chat/PhrasePopupDelegate.h"
#include "gui/chat/PhrasePopupModel.h"

#include <QGuiApplication>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
constexpr int kVisibleRows = 8;
constexpr int kWidth = 420;
}  // namespace

PhrasePopup::PhrasePopup(QWidget* parent) : QListView(parent), m_model(new PhrasePopupModel(this)) {
    // A tool tip window shows without activating, so the compose box keeps the keyboard.
    setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setObjectName(u"phrasePopup"_s);
    setModel(m_model);
    setItemDelegate(new PhrasePopupDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setLineWidth(1);
    QPalette colours = palette();
    colours.setColor(QPalette::Base, Qt::white);
    colours.setColor(QPalette::WindowText, QColor(0xc9, 0xce, 0xd6));  // the frame's line
    setPalette(colours);
    connect(this, &QListView::clicked, this, [this] { Q_EMIT phraseClicked(); });
}

void PhrasePopup::showPhrases(const QList<QuickPhrase>& phrases, const QPoint& globalBelow, const QPoint& globalAbove) {
    // A layout still pending (rows added or removed last time, a first show) makes the view skip the changed rows'
    // repaints until its layout timer: run it first so they repaint now, and run the one this change schedules.
    executeDelayedItemsLayout();
    m_model->setPhrases(phrases);
    executeDelayedItemsLayout();
    if (phrases.isEmpty()) {
        hide();
        return;
    }
    setCurrentIndex(m_model->index(0));
    const int rowHeight = sizeHintForRow(0) > 0 ? sizeHintForRow(0) : fontMetrics().height() + 6;
    const int height = rowHeight * std::min<int>(kVisibleRows, static_cast<int>(phrases.size())) + 2 * frameWidth();
    if (size() != QSize(kWidth, height)) {
        resize(kWidth, height);
    }
    placeAt(globalBelow, globalAbove, height);
    if (!isVisible()) {
        show();
    }
}

// QListView answers any dataChanged with a delayed relayout of every item, which then repaints the whole list. The
// rows here are one line each and keep their size (uniform items, fixed width), so a changed row only needs its own
// rectangle repainted: skip QListView's relayout and let the item view repaint the row.
void PhrasePopup::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void PhrasePopup::placeAt(const QPoint& globalBelow, const QPoint& globalAbove, int height) {
    QPoint at = globalBelow;
    if (const QScreen* screen = QGuiApplication::screenAt(globalBelow)) {
        if (at.y() + height > screen->availableGeometry().bottom()) {
            at = globalAbove - QPoint(0, height);
        }
    }
    if (pos() != at) {
        move(at);
    }
}

void PhrasePopup::moveSelection(int delta) {
    const int rows = count();
    if (rows == 0) {
        return;
    }
    const int row = currentIndex().isValid() ? currentIndex().row() : 0;
    setCurrentIndex(m_model->index((row + delta + rows) % rows));
}

std::optional<QuickPhrase> PhrasePopup::currentPhrase() const {
    const int row = currentIndex().isValid() ? currentIndex().row() : -1;
    if (row < 0 || row >= m_model->phrases().size()) {
        return std::nullopt;
    }
    return m_model->phrases().at(row);
}

int PhrasePopup::count() const {
    return m_model->rowCount();
}

}  // namespace kefu
