#include "TimedApplication.h"

#include "MonotonicClock.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QString eventName(QEvent::Type type) {
    const char* key = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return key ? QString::fromLatin1(key) : QString::number(int(type));
}

// A scroll area's viewport or a panel's plain container is a bare QWidget: name it by its nearest named parent.
QString receiverName(const QObject* receiver) {
    QString name = QString::fromLatin1(receiver->metaObject()->className());
    const QObject* parent = receiver->parent();
    if (name == u"QWidget" && parent) {
        name = QString::fromLatin1(parent->metaObject()->className()) + u">QWidget"_s;
    }
    return name;
}

}  // namespace

TimedApplication::TimedApplication(int& argc, char** argv) : QApplication(argc, argv) {}

TimedApplication* TimedApplication::instance() {
    return qobject_cast<TimedApplication*>(QCoreApplication::instance());
}

void TimedApplication::startProfiling() {
    m_wall = {};
    m_cpu = {};
    m_costs.clear();
    m_sinceMark.clear();
    m_profiling = true;
}

void TimedApplication::stopProfiling() {
    m_profiling = false;
}

bool TimedApplication::notify(QObject* receiver, QEvent* event) {
    if (m_profiling && m_depth > 0 && event->type() == QEvent::Paint && thread() == QThread::currentThread()) {
        return notifyNestedPaint(receiver, event);
    }
    if (!m_profiling || m_depth > 0 || thread() != QThread::currentThread()) {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }
    const QEvent::Type type = event->type();
    const QString key = receiverName(receiver) + u'/' + eventName(type);
    const qint64 wall0 = monotonicNs();
    const qint64 cpu0 = threadCpuNs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const double wall = nsToMs(monotonicNs() - wall0);
    const double cpu = nsToMs(threadCpuNs() - cpu0);
    m_wall.add(wall);
    m_cpu.add(cpu);
    Cost& cost = m_costs[key];
    cost.wallMs += wall;
    cost.cpuMs += cpu;
    cost.maxWallMs = std::max(cost.maxWallMs, wall);
    ++cost.events;
    m_sinceMark[key] += cpu;
    return handled;
}

QHash<QString, double> TimedApplication::takeSinceMark() {
    return std::exchange(m_sinceMark, {});
}

// Which widgets a repaint (UpdateRequest) spends its time on: charged separately, marked "inside", not counted in
// the per-event samples.
bool TimedApplication::notifyNestedPaint(QObject* receiver, QEvent* event) {
    const qint64 wall0 = monotonicNs();
    const qint64 cpu0 = threadCpuNs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    Cost& cost = m_costs[u"(inside) "_s + receiverName(receiver) + u"/Paint"_s];
    const double wall = nsToMs(monotonicNs() - wall0);
    cost.wallMs += wall;
    cost.cpuMs += nsToMs(threadCpuNs() - cpu0);
    cost.maxWallMs = std::max(cost.maxWallMs, wall);
    ++cost.events;
    return handled;
}

QStringList TimedApplication::costliest(int count) const {
    QList<std::pair<QString, Cost>> all;
    for (auto it = m_costs.cbegin(); it != m_costs.cend(); ++it) {
        all.append({it.key(), it.value()});
    }
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.second.cpuMs > b.second.cpuMs; });
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(count, all.size()); ++i) {
        const Cost& c = all.at(i).second;
        lines.append(u"%1: %2 events, cpu %3 ms (wall %4 ms), max %5 ms"_s.arg(all.at(i).first)
                         .arg(c.events)
                         .arg(c.cpuMs, 0, 'f', 0)
                         .arg(c.wallMs, 0, 'f', 0)
                         .arg(c.maxWallMs, 0, 'f', 1));
    }
    return lines;
}

}  // namespace kefu
