#include "ProductSearchCase.h"

#include "WorkbenchFixture.h"
#include "gui/MainWindow.h"
#include "gui/knowledge/ProductBrowser.h"
#include "gui/knowledge/ProductKnowledgePanel.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QStringList readLines(const QString& path, int count) {
    QStringList lines;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!file.atEnd() && lines.size() < count) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty()) {
                lines << line;
            }
        }
    }
    return lines;
}

// Real shopper queries (few name this catalogue's goods, so most are misses), words taken from the catalogue's own
// titles (hits, as an agent searching for the product a buyer asks about), pinyin initials and attributes.
QStringList searchQueries(int count) {
    QStringList queries = readLines(QStringLiteral(KEFU_SHARED_DATA_DIR "/taobao-search-queries.txt"), count);
    const QStringList titles = readLines(QStringLiteral(KEFU_SHARED_DATA_DIR "/taobao-product-titles.txt"), count * 40);
    for (int i = 0; i < count / 2 && !titles.isEmpty(); ++i) {
        const QString& title = titles.at((qsizetype(i) * 37) % titles.size());
        queries << title.mid((i * 5) % std::max<qsizetype>(1, title.size() - 4), 2 + i % 3);
    }
    queries << u"lyq"_s << u"cmdx"_s << u"nzk"_s << u"wy"_s << u"txnx"_s << u"面料 纯棉"_s << u"颜色 黑色"_s;
    return queries;
}

void showKnowledgeDock(MainWindow& window) {
    for (QDockWidget* dock : window.findChildren<QDockWidget*>()) {
        if (dock->widget() == window.knowledgePanel()) {
            dock->show();
            dock->raise();
        }
    }
}

bool waitForInitials(ProductBrowser* browser) {
    const QDeadlineTimer deadline(120'000);
    while (!browser->initialsReady() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return browser->initialsReady();
}

}  // namespace

ProductSearchOutcome benchProductSearch(WorkbenchFixture& bench, int count) {
    ProductSearchOutcome outcome;
    MainWindow& window = bench.window();
    showKnowledgeDock(window);
    ProductBrowser* browser = window.knowledgePanel()->productBrowser();
    auto* field = browser->findChild<QLineEdit*>(u"productSearch"_s);
    auto* results = browser->findChild<QAbstractItemView*>(u"productResults"_s);
    if (!field || !results) {
        return outcome;
    }
    outcome.initials = waitForInitials(browser);
    WorkbenchFixture::settle();
    QList<std::pair<double, QString>> slow;
    for (const QString& query : searchQueries(count)) {
        QElapsedTimer timer;
        timer.start();
        field->setText(query);  // a paste or the last keystroke: one search, as typing runs one per keystroke
        WorkbenchFixture::runPosted();
        browser->repaint();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        outcome.searches.add(ms);
        if (ms > 10) {
            slow.append({ms, query});
        }
        if (results->model()->rowCount() > 0) {
            ++outcome.withHits;
        }
        WorkbenchFixture::settle();
    }
    std::sort(slow.begin(), slow.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [ms, query] : slow.mid(0, 5)) {
        outcome.slowest << u"%1 (%2 ms)"_s.arg(query).arg(ms, 0, 'f', 1);
    }
    return outcome;
}

}  // namespace kefu
