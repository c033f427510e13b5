#pragma once

#include "core/SizeChart.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace kefu {

class WorkbenchEvents;

// 尺码助手 on the product page: the buyer's height, weight and fit preference → the size from this product's chart,
// with the reason, ready to insert into the reply.
class SizeAdvisorWidget : public QWidget {
    Q_OBJECT

public:
    explicit SizeAdvisorWidget(WorkbenchEvents& events, QWidget* parent = nullptr);

    void setSizeChart(const SizeChart& chart);
    QString adviceText() const;  // empty until height and weight are given

private:
    void updateAdvice();
    void insertAdvice();

    WorkbenchEvents& m_events;
    SizeChart m_chart;
    QSpinBox* m_height;
    QSpinBox* m_weight;
    QComboBox* m_fit;
    QLabel* m_answer;
    QPushButton* m_insert;
    QString m_advice;
};

}  // namespace kefu
