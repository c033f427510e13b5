#include "gui/widgets/ListModelUpdate.h"

#include <QAbstractItemModelTester>
#include <QAbstractListModel>
#include <QAbstractTableModel>
#include <QSignalSpy>

#include <utility>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

// Rows that differ only in case count as the same row (as a phrase's use count is not shown).
bool sameIgnoringCase(const QString& a, const QString& b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

class WordList : public QAbstractListModel {
public:
    void setWords(const QStringList& words) { applyListUpdate(*this, m_words, words, sameIgnoringCase); }
    void setAllWords(const QStringList& words) { applyListUpdate(*this, m_words, words); }
    const QStringList& words() const { return m_words; }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_words.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
            role != Qt::DisplayRole) {
            return {};
        }
        return m_words.at(index.row());
    }

private:
    friend ListModelRows;  // kefu's: `friend struct` would declare a new one in this unnamed namespace

    QStringList m_words;
};

// The same words with their length beside them: a changed row is announced in every column.
class WordTable : public QAbstractTableModel {
public:
    void setWords(const QStringList& words) { applyListUpdate(*this, m_words, words, sameIgnoringCase); }

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_words.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
            role != Qt::DisplayRole) {
            return {};
        }
        const QString& word = m_words.at(index.row());
        return index.column() == 0 ? QVariant(word) : QVariant(word.size());
    }

private:
    friend ListModelRows;  // kefu's: `friend struct` would declare a new one in this unnamed namespace

    QStringList m_words;
};

// What updates announced since the last take(), as "removed 2-4", "changed 1,0-1,1" (first row,column - last),
// "inserted 5-6", "reset"; grouped in that order.
class Announced {
public:
    explicit Announced(QAbstractItemModel* model)
        : m_removed(model, &QAbstractItemModel::rowsRemoved),
          m_changed(model, &QAbstractItemModel::dataChanged),
          m_inserted(model, &QAbstractItemModel::rowsInserted),
          m_resets(model, &QAbstractItemModel::modelReset) {}

    QStringList take() {
        QStringList all = rows(u"removed"_s, m_removed);
        for (const QList<QVariant>& signal : std::as_const(m_changed)) {
            const auto from = signal.at(0).value<QModelIndex>();
            const auto to = signal.at(1).value<QModelIndex>();
            all << u"changed %1,%2-%3,%4"_s.arg(from.row()).arg(from.column()).arg(to.row()).arg(to.column());
        }
        all << rows(u"inserted"_s, m_inserted);
        for (qsizetype i = 0; i < m_resets.size(); ++i) {
            all << u"reset"_s;
        }
        for (QSignalSpy* spy : {&m_removed, &m_changed, &m_inserted, &m_resets}) {
            spy->clear();
        }
        return all;
    }

private:
    static QStringList rows(const QString& what, const QSignalSpy& spy) {
        QStringList ranges;
        for (const QList<QVariant>& signal : spy) {
            ranges << u"%1 %2-%3"_s.arg(what).arg(signal.at(1).toInt()).arg(signal.at(2).toInt());
        }
        return ranges;
    }

    QSignalSpy m_removed;
    QSignalSpy m_changed;
    QSignalSpy m_inserted;
    QSignalSpy m_resets;
};

class ListModelUpdateTest : public ::testing::Test {
protected:
    // What setWords(after) announces on a model showing `before`.
    QStringList announcedFrom(const QStringList& before, const QStringList& after) {
        model.setWords(before);
        announced.take();
        model.setWords(after);
        return announced.take();
    }

    WordList model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    Announced announced{&model};
};

TEST_F(ListModelUpdateTest, FillsAnEmptyModelByAppendingAndEmptiesItByRemoving) {
    EXPECT_EQ(announcedFrom({}, {u"发货"_s, u"退款"_s, u"尺码"_s}), QStringList{u"inserted 0-2"_s});
    EXPECT_EQ(announcedFrom(model.words(), {}), QStringList{u"removed 0-2"_s});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ListModelUpdateTest, AnnouncesEachChangedRowAloneAndStillTakesTheNewValueOfASameRow) {
    const QStringList after{u"a"_s, u"x"_s, u"C"_s, u"y"_s, u"e"_s};
    EXPECT_EQ(announcedFrom({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}, after),
              (QStringList{u"changed 1,0-1,0"_s, u"changed 3,0-3,0"_s}));
    EXPECT_EQ(model.words(), after);  // "C" replaced "c" unannounced
}

TEST_F(ListModelUpdateTest, RemovesOnlyTheSurplusTail) {
    EXPECT_EQ(announcedFrom({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}, {u"a"_s, u"z"_s}),
              (QStringList{u"removed 2-4"_s, u"changed 1,0-1,0"_s}));
    EXPECT_EQ(model.words(), (QStringList{u"a"_s, u"z"_s}));
}

TEST_F(ListModelUpdateTest, AppendsOnlyTheNewTail) {
    EXPECT_EQ(announcedFrom({u"a"_s, u"b"_s}, {u"q"_s, u"b"_s, u"c"_s, u"d"_s}),
              (QStringList{u"changed 0,0-0,0"_s, u"inserted 2-3"_s}));
    EXPECT_EQ(model.words(), (QStringList{u"q"_s, u"b"_s, u"c"_s, u"d"_s}));
}

// Removing first leaves the changed rows' numbers as the view knows them; appending last does too.
TEST_F(ListModelUpdateTest, RemovesBeforeAndInsertsAfterAnnouncingChangedRows) {
    QStringList order;
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &model, [&order] { order << u"removed"_s; });
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model, [&order] { order << u"changed"_s; });
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&order] { order << u"inserted"_s; });
    model.setWords({u"a"_s, u"b"_s, u"c"_s});
    model.setWords({u"x"_s});
    model.setWords({u"y"_s, u"z"_s});
    EXPECT_EQ(order, (QStringList{u"inserted"_s, u"removed"_s, u"changed"_s, u"changed"_s, u"inserted"_s}));
}

TEST_F(ListModelUpdateTest, WithoutAPredicateAnnouncesEveryKeptRowInOneRange) {
    model.setAllWords({u"a"_s, u"b"_s, u"c"_s});
    announced.take();
    model.setAllWords({u"a"_s, u"b"_s, u"c"_s, u"d"_s});
    EXPECT_EQ(announced.take(), (QStringList{u"changed 0,0-2,0"_s, u"inserted 3-3"_s}));
    model.setAllWords({u"x"_s});
    EXPECT_EQ(announced.take(), (QStringList{u"removed 1-3"_s, u"changed 0,0-0,0"_s}));
    EXPECT_EQ(model.words(), QStringList{u"x"_s});
    model.setAllWords({});
    EXPECT_EQ(announced.take(), QStringList{u"removed 0-0"_s});
}

TEST(ListModelUpdateTableTest, AChangedRowIsAnnouncedInEveryColumn) {
    WordTable model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setWords({u"发货"_s, u"退款"_s});
    Announced announced(&model);
    model.setWords({u"发货"_s, u"七天无理由"_s, u"尺码"_s});
    EXPECT_EQ(announced.take(), (QStringList{u"changed 1,0-1,1"_s, u"inserted 2-2"_s}));
    EXPECT_EQ(model.index(1, 1).data().toInt(), 5);
}

}  // namespace
}  // namespace kefu
