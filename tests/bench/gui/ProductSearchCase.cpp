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
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <map>

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

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// What kind of search a query is, for the per-class lines (the slow shapes differ by class). searchQueries() ends
// with five pinyin-initials queries and two attribute queries.
QString queryClass(const QStringList& queries, qsizetype index, int shopperCount) {
    static const QRegularExpression ascii(u"^[\\x{0}-\\x{7f}]+$"_s);
    if (index >= queries.size() - 2) {
        return u"attribute"_s;
    }
    if (index >= queries.size() - 7) {
        return u"pinyin initials"_s;
    }
    if (ascii.match(queries.at(index)).hasMatch()) {
        return u"Latin/digit only"_s;
    }
    return index < shopperCount ? u"shopper"_s : u"title words"_s;
}

void printClasses(const std::map<QString, std::pair<Samples, Samples>>& classes) {
    for (const auto& [name, samples] : classes) {
        const auto& [wall, cpu] = samples;
        std::fprintf(stderr,
                     "product search, %s: %lld queries, wall median %.2f p95 %.2f max %.2f ms; "
                     "GUI-thread CPU median %.2f p95 %.2f max %.2f ms\n",
                     qPrintable(name), static_cast<long long>(wall.count()), wall.median(), wall.percentile(95),
                     wall.max(), cpu.median(), cpu.percentile(95), cpu.max());
    }
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

// Counts paint and layout events by widget class while tracing (KEFU_SEARCH_TRACE).
class EventCounter : public QObject {
public:
    std::map<QString, int> counts;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint || event->type() == QEvent::LayoutRequest ||
            event->type() == QEvent::UpdateRequest || event->type() == QEvent::Timer) {
            const char* kind = event->type() == QEvent::Paint           ? "P"
                               : event->type() == QEvent::LayoutRequest ? "L"
                               : event->type() == QEvent::Timer         ? "T"
                                                                        : "U";
            ++counts[QString::fromLatin1(kind) + u':' + QString::fromLatin1(watched->metaObject()->className()) + u'/' +
                     watched->objectName()];
        }
        return false;
    }
};

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
    std::map<QString, std::pair<Samples, Samples>> classes;  // class → (wall, CPU)
    Samples hitCpu;                                          // GUI-thread CPU of the queries that found something
    std::array<Samples, 3> parts;  // GUI-thread CPU: the search itself (textChanged), posted events, the repaint
    const QStringList queries = searchQueries(count);
    const int shopperCount =
        int(readLines(QStringLiteral(KEFU_SHARED_DATA_DIR "/taobao-search-queries.txt"), count).size());
    EventCounter counter;
    const bool trace = qEnvironmentVariableIsSet("KEFU_SEARCH_TRACE");
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const QString& query = queries.at(i);
        if (trace) {
            counter.counts.clear();
            QCoreApplication::instance()->installEventFilter(&counter);
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        field->setText(query);  // a paste or the last keystroke: one search, as typing runs one per keystroke
        const double cpuSearched = threadCpuMs();
        WorkbenchFixture::runPosted();
        const double cpuPosted = threadCpuMs();
        browser->repaint();
        parts[0].add(cpuSearched - cpuStart);
        parts[1].add(cpuPosted - cpuSearched);
        parts[2].add(threadCpuMs() - cpuPosted);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpuStart;
        if (trace) {
            QCoreApplication::instance()->removeEventFilter(&counter);
            QString events;
            for (const auto& [name, n] : counter.counts) {
                events += u' ' + name + u'=' + QString::number(n);
            }
            std::fprintf(stderr, "EVENTS\t%s\t%s\n", qPrintable(query), qPrintable(events));
            std::fprintf(stderr, "TRACE\t%s\t%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", qPrintable(query),
                         qPrintable(queryClass(queries, i, shopperCount)), int(results->model()->rowCount()), ms, cpuMs,
                         cpuSearched - cpuStart, cpuPosted - cpuSearched, cpuMs - (cpuPosted - cpuStart));
        }
        outcome.searches.add(ms);
        outcome.cpu.add(cpuMs);
        auto& [wall, cpu] = classes[queryClass(queries, i, shopperCount)];
        wall.add(ms);
        cpu.add(cpuMs);
        if (ms > 10) {
            slow.append({ms, query});
        }
        if (results->model()->rowCount() > 0) {
            ++outcome.withHits;
            hitCpu.add(cpuMs);
        }
        WorkbenchFixture::settle();
    }
    printClasses(classes);
    std::fprintf(stderr,
                 "product search, GUI-thread CPU by step (median / p95 ms): search and model reset %.2f / %.2f, "
                 "posted events %.2f / %.2f, repaint %.2f / %.2f\n",
                 parts[0].median(), parts[0].percentile(95), parts[1].median(), parts[1].percentile(95),
                 parts[2].median(), parts[2].percentile(95));
    std::fprintf(stderr, "product search, with hits: %lld queries, GUI-thread CPU median %.2f p95 %.2f max %.2f ms\n",
                 static_cast<long long>(hitCpu.count()), hitCpu.median(), hitCpu.percentile(95), hitCpu.max());
    std::fprintf(stderr, "product search, all: GUI-thread CPU median %.2f p95 %.2f max %.2f ms, %d over 10 ms\n",
                 outcome.cpu.median(), outcome.cpu.percentile(95), outcome.cpu.max(), outcome.cpu.countOver(10));
    std::sort(slow.begin(), slow.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (const auto& [ms, query] : slow.mid(0, 5)) {
        outcome.slowest << u"%1 (%2 ms)"_s.arg(query).arg(ms, 0, 'f', 1);
    }
    return outcome;
}

}  // namespace kefu
