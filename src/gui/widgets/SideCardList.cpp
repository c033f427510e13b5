#include "gui/widgets/SideCardList.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kefu {

SideCardList::SideCardList(QWidget* parent)
    : QWidget(parent),
      m_status(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_cards(new QWidget(m_scroll)),
      m_cardsLayout(new QVBoxLayout(m_cards)) {
    m_status->setProperty("role", u"muted"_s);
    m_status->setWordWrap(true);
    m_status->setContentsMargins(12, 8, 12, 0);
    m_cardsLayout->setContentsMargins(8, 8, 8, 8);
    m_cardsLayout->setSpacing(8);
    m_cardsLayout->addStretch(1);
    m_scroll->setWidget(m_cards);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_status);
    layout->addWidget(m_scroll, 1);
}

void SideCardList::setStatus(const QString& text, bool isError) {
    const QString role = isError ? u"error"_s : u"muted"_s;
    m_status->setText(text);
    if (m_status->property("role").toString() != role) {
        m_status->setProperty("role", role);
        m_status->style()->unpolish(m_status);  // the role picks the colour in the panel's style sheet
        m_status->style()->polish(m_status);
    }
}

void SideCardList::replaceCards(const QList<QWidget*>& cards) {
    const int scrolled = m_scroll->verticalScrollBar()->value();
    while (QLayoutItem* item = m_cardsLayout->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    for (QWidget* card : cards) {
        m_cardsLayout->addWidget(card);
    }
    m_cardsLayout->addStretch(1);
    m_scroll->verticalScrollBar()->setValue(scrolled);
}

void SideCardList::scrollToTop() {
    m_scroll->verticalScrollBar()->setValue(0);
}

}  // namespace kefu
