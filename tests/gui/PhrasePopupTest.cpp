#include "gui/chat/PhrasePopup.h"
#include "gui/chat/PhrasePopupModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPaintEvent>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

QuickPhrase phrase(qint64 id, const QString& code, const QString& body) {
    QuickPhrase p;
    p.id = id;
    p.shortcutCode = code;
    p.body = body;
    return p;
}

QList<QuickPhrase> phrases(qint64 firstId, int count) {
    QList<QuickPhrase> list;
    for (int i = 0; i < count; ++i) {
        const qint64 id = firstId + i;
        list << phrase(id, u"c%1"_s.arg(id), u"亲，这是第 %1 条快捷短语，<b>不是</b>富文本"_s.arg(id));
    }
    return list;
}

// The rows a paint covered, as row numbers (rows are one height).
class PaintedRows : public QObject {
public:
    PaintedRows(QListView* view) : m_view(view) { view->viewport()->installEventFilter(this); }
    QSet<int> take() { return std::exchange(m_rows, {}); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            for (const QRect& rect : static_cast<QPaintEvent*>(event)->region()) {
                for (int y = rect.top(); y <= rect.bottom(); y += 2) {
                    const QModelIndex at = m_view->indexAt(QPoint(rect.left() + 1, y));
                    if (at.isValid()) {
                        m_rows.insert(at.row());
                    }
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListView* m_view;
    QSet<int> m_rows;
};

TEST(PhrasePopupModelTest, AppliesNewListsAsPreciseChanges) {
    PhrasePopupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QList<QModelIndex> changed;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model,
                     [&changed](const QModelIndex& from, const QModelIndex& to) {
                         EXPECT_EQ(from, to);
                         changed << from;
                     });
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, [&resets] { ++resets; });

    model.setPhrases(phrases(1, 10));
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_TRUE(changed.isEmpty());

    QList<QuickPhrase> next = phrases(1, 10);
    next[3] = phrase(99, u"x"_s, u"换了一条"_s);
    next[7].body = u"改过的正文"_s;
    next[5].useCount = 42;  // not shown: no repaint, but kept
    model.setPhrases(next);
    ASSERT_EQ(changed.size(), 2);
    EXPECT_EQ(changed.at(0).row(), 3);
    EXPECT_EQ(changed.at(1).row(), 7);
    EXPECT_EQ(model.phrases().at(5).useCount, 42);
    EXPECT_EQ(model.index(3).data(PhrasePopupModel::PhraseIdRole).toLongLong(), 99);

    model.setPhrases(next.mid(0, 4));
    EXPECT_EQ(model.rowCount(), 4);
    model.setPhrases(phrases(50, 30));
    EXPECT_EQ(model.rowCount(), 30);
    EXPECT_EQ(model.index(29).data(PhrasePopupModel::ShortcutCodeRole).toString(), u"c79"_s);
    model.setPhrases({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(resets, 0);
}

TEST(PhrasePopupTest, RepaintsOnlyTheRowsThatChanged) {
    QWidget anchor;
    anchor.resize(600, 400);
    anchor.show();
    PhrasePopup popup(&anchor);
    const QPoint below = anchor.mapToGlobal(QPoint(10, 40));
    popup.showPhrases(phrases(1, 30), below, below);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&popup));
    PaintedRows painted(&popup);
    QCoreApplication::processEvents();
    painted.take();

    QList<QuickPhrase> next = phrases(1, 30);
    next[2] = phrase(77, u"hy"_s, u"欢迎光临"_s);
    popup.showPhrases(next, below, below);
    QCoreApplication::processEvents();
    EXPECT_EQ(painted.take(), QSet<int>{2});
    EXPECT_EQ(popup.currentPhrase()->id, 1);

    // The agent moved down, then typed: the best phrase is current again.
    popup.moveSelection(1);
    popup.moveSelection(1);
    EXPECT_EQ(popup.currentPhrase()->id, 77);
    QCoreApplication::processEvents();
    painted.take();
    next[5] = phrase(78, u"fh"_s, u"今天发货"_s);
    popup.showPhrases(next, below, below);
    QCoreApplication::processEvents();
    EXPECT_EQ(painted.take(), (QSet<int>{0, 2, 5}));
    EXPECT_EQ(popup.currentPhrase()->id, 1);
}

TEST(PhrasePopupTest, ShowsWhatItWasGivenAfterFewerAndMoreRows) {
    QWidget anchor;
    anchor.resize(600, 400);
    anchor.show();
    PhrasePopup popup(&anchor);
    const QPoint below = anchor.mapToGlobal(QPoint(10, 40));
    popup.showPhrases(phrases(1, 30), below, below);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&popup));
    popup.showPhrases(phrases(40, 3), below, below);
    QCoreApplication::processEvents();
    EXPECT_EQ(popup.count(), 3);
    EXPECT_EQ(popup.currentPhrase()->id, 40);
    EXPECT_LT(popup.height(), 5 * popup.sizeHintForRow(0));
    popup.showPhrases(phrases(60, 12), below, below);
    QCoreApplication::processEvents();
    EXPECT_EQ(popup.count(), 12);
    EXPECT_EQ(popup.currentPhrase()->id, 60);
    EXPECT_GE(popup.height(), 8 * popup.sizeHintForRow(0));
    popup.showPhrases({}, below, below);
    EXPECT_FALSE(popup.isVisible());
}

}  // namespace
}  // namespace kefu
