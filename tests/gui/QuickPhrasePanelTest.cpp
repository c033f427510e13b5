#include "DemoWorkbench.h"

#include "core/TextFileDecoder.h"
#include "gui/phrases/PhraseImportResultDialog.h"
#include "gui/phrases/QuickPhraseEditDialog.h"
#include "gui/phrases/QuickPhrasePanel.h"
#include "store/QuickPhraseRepository.h"
#include "support/IsOk.h"
#include "unit/QtPrinters.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace kefu {
namespace {

const QString kFixtures = QStringLiteral(KEFU_FIXTURES_DIR "/phrases/");

template <typename T>
T* child(QObject& parent, const QString& name) {
    T* found = parent.findChild<T*>(name);
    EXPECT_NE(found, nullptr) << name.toStdString();
    return found;
}

QTreeView* treeOf(QuickPhrasePanel& panel) {
    return child<QTreeView>(panel, u"phraseTree"_s);
}

QString cell(QuickPhrasePanel& /*panel*/, const QModelIndex& index, int column) {
    return index.siblingAtColumn(column).data().toString();
}

// The shop phrases in store order: what export and import must keep.
QStringList shopPhraseRows(Database& db) {
    QStringList rows;
    const Result<QList<QuickPhrase>> phrases = QuickPhraseRepository(db).listVisibleTo(0);
    EXPECT_TRUE(phrases.ok());
    for (const QuickPhrase& p : phrases.value()) {
        if (p.scope == PhraseScope::Shop) {
            rows.append(p.groupName + u'|' + p.shortcutCode + u'|' + p.body);
        }
    }
    return rows;
}

QModelIndex groupRow(QuickPhrasePanel& panel, const QString& group) {
    QAbstractItemModel* model = treeOf(panel)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString().startsWith(group)) {
            return model->index(row, 0);
        }
    }
    return {};
}

// Shortcuts (F2, Delete, Ctrl+↑) reach only a widget in the active window.
void showActive(QuickPhrasePanel& panel) {
    panel.resize(360, 600);
    panel.show();
    QApplication::setActiveWindow(&panel);
    EXPECT_TRUE(QTest::qWaitForWindowActive(&panel));
}

void select(QuickPhrasePanel& panel, const QModelIndex& index) {
    treeOf(panel)->setCurrentIndex(index);
    treeOf(panel)->setFocus();
}

class QuickPhrasePanelTest : public ::testing::Test {
protected:
    void signInAs(AgentRole role) { m_bench.context().agent.role = role; }

    test::DemoWorkbench m_bench;
    QTemporaryDir m_dir;
};

TEST_F(QuickPhrasePanelTest, ModelPassesTheModelTesterGroupedAndWhileSearching) {
    QuickPhrasePanel panel(m_bench.context());
    QAbstractItemModelTester tester(treeOf(panel)->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::keyClicks(child<QLineEdit>(panel, u"phraseSearch"_s), u"fh"_s);
    child<QLineEdit>(panel, u"phraseSearch"_s)->clear();
    child<QToolButton>(panel, u"personalScopeButton"_s)->click();
    EXPECT_GT(treeOf(panel)->model()->rowCount(), 0);
}

TEST_F(QuickPhrasePanelTest, ShowsTheShopGroupsInTheShopsOrder) {
    QuickPhrasePanel panel(m_bench.context());
    QAbstractItemModel* model = treeOf(panel)->model();
    QStringList groups;
    for (int row = 0; row < model->rowCount(); ++row) {
        groups.append(model->index(row, 0).data(Qt::UserRole + 2).toString());
    }
    EXPECT_EQ(groups, (QStringList{u"欢迎语"_s, u"售前"_s, u"尺码"_s, u"物流"_s, u"售后"_s, u"催付"_s, u"结束语"_s}));
    EXPECT_EQ(model->rowCount(model->index(0, 0)), 8);
}

TEST_F(QuickPhrasePanelTest, SearchingFhListsTheShippingPhraseFirst) {
    QuickPhrasePanel panel(m_bench.context());
    panel.focusSearch();
    QTest::keyClicks(child<QLineEdit>(panel, u"phraseSearch"_s), u"fh"_s);
    QAbstractItemModel* model = treeOf(panel)->model();
    ASSERT_GT(model->rowCount(), 3);
    const QModelIndex first = model->index(0, 0);
    EXPECT_EQ(cell(panel, first, 0), u"fh"_s);
    EXPECT_TRUE(cell(panel, first, 1).contains(u"发出"_s));
    EXPECT_EQ(first.data(Qt::UserRole + 2).toString(), u"物流"_s);
    // Then the phrases whose body spells 发货 by initials.
    EXPECT_TRUE(cell(panel, model->index(1, 0), 0) == u"yfh"_s ||
                cell(panel, model->index(1, 1), 1).contains(u"发货"_s));
}

TEST_F(QuickPhrasePanelTest, EnterInsertsThePhraseAndRecordsOneUse) {
    QuickPhrasePanel panel(m_bench.context());
    QSignalSpy inserted(&m_bench.events(), &WorkbenchEvents::composeInsertRequested);
    QSignalSpy used(&m_bench.events(), &WorkbenchEvents::quickPhraseUsed);
    QLineEdit* search = child<QLineEdit>(panel, u"phraseSearch"_s);
    QTest::keyClicks(search, u"fh"_s);
    const qint64 id = treeOf(panel)->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
    const QString before = cell(panel, treeOf(panel)->model()->index(0, 0), 2);
    QTest::keyClick(search, Qt::Key_Return);

    ASSERT_EQ(inserted.size(), 1);
    const Result<QuickPhrase> stored = QuickPhraseRepository(m_bench.db()).get(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(inserted.at(0).at(0).toString(), stored->body);
    ASSERT_EQ(used.size(), 1);
    EXPECT_EQ(used.at(0).at(0).toLongLong(), id);
    EXPECT_EQ(stored->useCount, before.toInt() + 1);
    EXPECT_EQ(cell(panel, treeOf(panel)->model()->index(0, 0), 2), QString::number(before.toInt() + 1));

    // Enter in the list does the same; a use recorded elsewhere (the chat's / popup) only refreshes the count.
    select(panel, treeOf(panel)->model()->index(0, 0));
    QTest::keyClick(treeOf(panel), Qt::Key_Return);
    EXPECT_EQ(inserted.size(), 2);
    ASSERT_TRUE(test::isOk(QuickPhraseRepository(m_bench.db()).recordUse(id)));
    Q_EMIT m_bench.events().quickPhraseUsed(id);
    EXPECT_EQ(QuickPhraseRepository(m_bench.db()).get(id)->useCount, before.toInt() + 3);
    EXPECT_EQ(cell(panel, treeOf(panel)->model()->index(0, 0), 2), QString::number(before.toInt() + 3));
}

TEST_F(QuickPhrasePanelTest, AddsEditsAndDeletesThroughTheDialog) {
    signInAs(AgentRole::Supervisor);
    QuickPhrasePanel panel(m_bench.context());
    showActive(panel);
    QuickPhraseRepository repo(m_bench.db());
    const int before = *repo.count();

    child<QToolButton>(panel, u"addPhraseButton"_s)->click();
    auto* dialog = panel.findChild<QuickPhraseEditDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* group = child<QComboBox>(*dialog, u"groupCombo"_s);
    group->setEditText(u"双十一"_s);  // QTest types ASCII only; Chinese arrives through the input method
    QTest::keyClicks(child<QLineEdit>(*dialog, u"codeEdit"_s), u"sye"_s);
    child<QDialogButtonBox>(*dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
    EXPECT_TRUE(dialog->isVisible());  // the body is empty: said inline, nothing saved
    EXPECT_FALSE(child<QLabel>(*dialog, u"errorLabel"_s)->text().isEmpty());
    EXPECT_EQ(*repo.count(), before);

    child<QPlainTextEdit>(*dialog, u"bodyEdit"_s)->insertPlainText(u"亲，双十一当天付款的订单48小时内发出"_s);
    dialog->insertVariable(u"买家昵称"_s);
    child<QDialogButtonBox>(*dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
    QTest::qWait(0);
    EXPECT_EQ(*repo.count(), before + 1);
    EXPECT_TRUE(panel.findChildren<QuickPhraseEditDialog*>().isEmpty() ||
                !panel.findChild<QuickPhraseEditDialog*>()->isVisible());
    const QModelIndex added = treeOf(panel)->currentIndex();
    EXPECT_EQ(cell(panel, added, 0), u"sye"_s);
    EXPECT_EQ(added.data(Qt::UserRole + 2).toString(), u"双十一"_s);
    const qint64 id = added.data(Qt::UserRole + 1).toLongLong();
    EXPECT_EQ(repo.get(id)->body, u"亲，双十一当天付款的订单48小时内发出{买家昵称}"_s);

    QApplication::setActiveWindow(&panel);  // the closed dialog was the active window
    QTest::keyClick(treeOf(panel), Qt::Key_F2);
    QTest::qWait(0);
    QuickPhraseEditDialog* editor = nullptr;
    for (QuickPhraseEditDialog* d : panel.findChildren<QuickPhraseEditDialog*>()) {
        if (d->isVisible()) {
            editor = d;
        }
    }
    ASSERT_NE(editor, nullptr);
    auto* body = child<QPlainTextEdit>(*editor, u"bodyEdit"_s);
    body->clear();
    body->insertPlainText(u"亲，双十一的订单会按付款顺序发出"_s);
    child<QDialogButtonBox>(*editor, u"buttonBox"_s)->button(QDialogButtonBox::Save)->click();
    EXPECT_EQ(repo.get(id)->body, u"亲，双十一的订单会按付款顺序发出"_s);
    EXPECT_EQ(repo.get(id)->shortcutCode, u"sye"_s);

    QApplication::setActiveWindow(&panel);
    select(panel, treeOf(panel)->model()->index(0, 0, groupRow(panel, u"双十一"_s)));
    QTest::keyClick(treeOf(panel), Qt::Key_Delete);
    auto* confirm = panel.findChild<QMessageBox*>(u"phraseDeleteConfirm"_s);
    ASSERT_NE(confirm, nullptr);
    child<QPushButton>(*confirm, u"phraseDeleteButton"_s)->click();
    EXPECT_EQ(*repo.count(), before);
    EXPECT_EQ(repo.get(id).error().code, ErrorCode::NotFound);
    EXPECT_FALSE(groupRow(panel, u"双十一"_s).isValid());
}

TEST_F(QuickPhrasePanelTest, WarnsAboutAnUnknownVariable) {
    QuickPhrasePanel panel(m_bench.context());
    child<QToolButton>(panel, u"addPhraseButton"_s)->click();
    auto* dialog = panel.findChild<QuickPhraseEditDialog*>();
    ASSERT_NE(dialog, nullptr);
    child<QPlainTextEdit>(*dialog, u"bodyEdit"_s)->insertPlainText(u"亲，{优惠券}已发放"_s);
    EXPECT_TRUE(child<QLabel>(*dialog, u"phraseWarning"_s)->text().contains(u"{优惠券}"_s));
    // A 售前 agent's new phrase is personal: the shop scope is not offered.
    EXPECT_FALSE(child<QComboBox>(*dialog, u"scopeCombo"_s)->isEnabled());
    EXPECT_EQ(dialog->phrase().scope, PhraseScope::Personal);
}

TEST_F(QuickPhrasePanelTest, CtrlUpMovesAPhraseUpInTheStore) {
    signInAs(AgentRole::Supervisor);
    QuickPhrasePanel panel(m_bench.context());
    showActive(panel);
    QuickPhraseRepository repo(m_bench.db());
    const QModelIndex welcome = groupRow(panel, u"欢迎语"_s);
    const qint64 second = treeOf(panel)->model()->index(1, 0, welcome).data(Qt::UserRole + 1).toLongLong();
    const qint64 first = treeOf(panel)->model()->index(0, 0, welcome).data(Qt::UserRole + 1).toLongLong();
    select(panel, treeOf(panel)->model()->index(1, 0, welcome));
    QTest::keyClick(treeOf(panel), Qt::Key_Up, Qt::ControlModifier);

    EXPECT_EQ(repo.get(second)->sortOrder, 0);
    EXPECT_EQ(repo.get(first)->sortOrder, 1);
    EXPECT_EQ(treeOf(panel)->currentIndex().data(Qt::UserRole + 1).toLongLong(), second);
    EXPECT_EQ(treeOf(panel)->currentIndex().row(), 0);
    EXPECT_FALSE(child<QToolButton>(panel, u"movePhraseUpButton"_s)->isEnabled());  // already first

    QTest::keyClick(treeOf(panel), Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(repo.get(second)->sortOrder, 1);
}

TEST_F(QuickPhrasePanelTest, DroppingAPhraseOnAnotherInItsGroupMovesItThere) {
    signInAs(AgentRole::Supervisor);
    QuickPhrasePanel panel(m_bench.context());
    QuickPhraseRepository repo(m_bench.db());
    QAbstractItemModel* model = treeOf(panel)->model();
    const QModelIndex welcome = groupRow(panel, u"欢迎语"_s);
    const qint64 dragged = model->index(0, 0, welcome).data(Qt::UserRole + 1).toLongLong();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0, welcome)}));
    ASSERT_NE(data, nullptr);
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, groupRow(panel, u"物流"_s)));
    // Between rows 3 and 4 of its own group: it becomes the third phrase (index 2) once it has left index 0.
    EXPECT_TRUE(model->canDropMimeData(data.get(), Qt::MoveAction, 3, 0, welcome));
    model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, welcome);
    QTest::qWait(0);  // the move is queued until the drag has finished
    EXPECT_EQ(repo.get(dragged)->sortOrder, 2);
    EXPECT_EQ(treeOf(panel)->model()->index(2, 0, groupRow(panel, u"欢迎语"_s)).data(Qt::UserRole + 1).toLongLong(),
              dragged);
}

TEST_F(QuickPhrasePanelTest, APreSaleAgentCannotChangeShopPhrasesButKeepsTheirOwn) {
    QuickPhrasePanel panel(m_bench.context());
    showActive(panel);
    QuickPhraseRepository repo(m_bench.db());
    const QModelIndex welcome = groupRow(panel, u"欢迎语"_s);
    const QModelIndex phrase = treeOf(panel)->model()->index(1, 0, welcome);
    const qint64 id = phrase.data(Qt::UserRole + 1).toLongLong();
    select(panel, phrase);
    auto* edit = child<QToolButton>(panel, u"editPhraseButton"_s);
    EXPECT_FALSE(edit->isEnabled());
    EXPECT_TRUE(edit->toolTip().contains(u"主管"_s));
    EXPECT_FALSE(child<QToolButton>(panel, u"deletePhraseButton"_s)->isEnabled());
    EXPECT_FALSE(child<QToolButton>(panel, u"movePhraseUpButton"_s)->isEnabled());
    QTest::keyClick(treeOf(panel), Qt::Key_F2);
    QTest::keyClick(treeOf(panel), Qt::Key_Delete);
    QTest::keyClick(treeOf(panel), Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(panel.findChild<QuickPhraseEditDialog*>(), nullptr);
    EXPECT_EQ(panel.findChild<QMessageBox*>(), nullptr);
    EXPECT_EQ(repo.get(id)->sortOrder, 1);

    child<QToolButton>(panel, u"personalScopeButton"_s)->click();
    ASSERT_GT(treeOf(panel)->model()->rowCount(), 0);
    select(panel, treeOf(panel)->model()->index(0, 0, treeOf(panel)->model()->index(0, 0)));
    EXPECT_TRUE(edit->isEnabled());
    EXPECT_TRUE(child<QToolButton>(panel, u"deletePhraseButton"_s)->isEnabled());
}

class QuickPhraseCsvRoundTripTest : public ::testing::TestWithParam<TextEncoding> {};

TEST_P(QuickPhraseCsvRoundTripTest, ExportThenImportIntoAFreshStoreKeepsEveryPhrase) {
    test::DemoWorkbench bench;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"phrases.csv"_s);
    {
        QuickPhrasePanel panel(bench.context());
        ASSERT_TRUE(test::isOk(panel.exportFile(path, GetParam())));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_EQ(bytes.startsWith("\xEF\xBB\xBF"), GetParam() == TextEncoding::Utf8);
    EXPECT_EQ(TextFileDecoder::decode(bytes).encoding, GetParam());

    test::TempStore fresh;
    ManualClock clock(test::DemoWorkbench::kNow);
    WorkbenchEvents events;
    Agent admin;
    admin.role = AgentRole::Admin;
    WorkbenchContext context{fresh.db(), clock, events, admin, Shop{}};
    QuickPhrasePanel importer(context);
    QSignalSpy finished(&importer, &QuickPhrasePanel::importFinished);
    importer.importFile(path);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.at(0).at(0).toBool());
    EXPECT_EQ(shopPhraseRows(fresh.db()), shopPhraseRows(bench.db()));
    EXPECT_EQ(shopPhraseRows(fresh.db()).size(), 60);
    auto* result = importer.findChild<PhraseImportResultDialog*>();
    ASSERT_NE(result, nullptr);
    EXPECT_TRUE(result->errorLines().isEmpty());

    // The same file again: every row is a duplicate, nothing is added.
    importer.importFile(path);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(shopPhraseRows(fresh.db()).size(), 60);
}

INSTANTIATE_TEST_SUITE_P(Encodings, QuickPhraseCsvRoundTripTest,
                         ::testing::Values(TextEncoding::Utf8, TextEncoding::Gb18030));

TEST_F(QuickPhrasePanelTest, AFileWithTwoBadRowsImportsTheRestAndReportsBothLines) {
    QuickPhrasePanel panel(m_bench.context());
    QuickPhraseRepository repo(m_bench.db());
    const int before = *repo.count();
    QSignalSpy finished(&panel, &QuickPhrasePanel::importFinished);
    panel.importFile(kFixtures + u"two-bad-rows.csv"_s);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(*repo.count(), before + 3);
    auto* result = panel.findChild<PhraseImportResultDialog*>(u"phraseImportResult"_s);
    ASSERT_NE(result, nullptr);
    EXPECT_EQ(result->errorLines(), (QList<int>{3, 6}));
    EXPECT_TRUE(result->summary().contains(u"3"_s));
    // A 售前 agent may not write shop phrases: the file went into their own.
    EXPECT_EQ(panel.scope(), PhraseScope::Personal);
    EXPECT_TRUE(groupRow(panel, u"未分组"_s).isValid());
    bool foundMultiLine = false;
    for (const QuickPhrase& p : *repo.listVisibleTo(m_bench.context().agent.id)) {
        foundMultiLine = foundMultiLine || p.body == u"活动说明：\r\n满300减40"_s;
    }
    EXPECT_TRUE(foundMultiLine);
}

TEST_F(QuickPhrasePanelTest, ImportsAGbkFileFromExcel) {
    signInAs(AgentRole::Admin);
    QuickPhrasePanel panel(m_bench.context());
    QSignalSpy finished(&panel, &QuickPhrasePanel::importFinished);
    panel.importFile(kFixtures + u"qianniu-gbk.csv"_s);
    ASSERT_TRUE(finished.wait(10000));
    const QStringList rows = shopPhraseRows(m_bench.db());
    EXPECT_TRUE(rows.contains(u"物流|fh|亲，今天16点前付款当天发货，\"顺丰\"次日达"_s));
    EXPECT_TRUE(rows.contains(u"结束语|xie|谢谢亲的支持，欢迎下次光临~"_s));
}

TEST_F(QuickPhrasePanelTest, RefusesAFileWithTheWrongHeader) {
    QuickPhrasePanel panel(m_bench.context());
    const int before = *QuickPhraseRepository(m_bench.db()).count();
    QSignalSpy finished(&panel, &QuickPhrasePanel::importFinished);
    panel.importFile(kFixtures + u"wrong-header.csv"_s);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    auto* box = panel.findChild<QMessageBox*>(u"phraseImportError"_s);
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(u"快捷编码,快捷短语,快捷短语分组"_s));
    EXPECT_EQ(*QuickPhraseRepository(m_bench.db()).count(), before);
}

}  // namespace
}  // namespace kefu
