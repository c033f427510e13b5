#pragma once

#include "core/SizeChart.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SizeAdvisorWidget;
}

namespace kefu {

class WorkbenchEvents;

// 尺码助手 on the product page: the buyer's height, weight and fit preference → the size from this product's chart,
// with the reason, ready to insert into the reply. Laid out in ui/SizeAdvisorWidget.ui; a form that places it
// (ProductPage.ui) builds it bare and attaches the event bus afterwards.
class SizeAdvisorWidget : public QWidget {
    Q_OBJECT

public:
    explicit SizeAdvisorWidget(QWidget* parent = nullptr);
    explicit SizeAdvisorWidget(WorkbenchEvents& events, QWidget* parent = nullptr);
    ~SizeAdvisorWidget() override;

    void attach(WorkbenchEvents& events);  // where 插入建议 sends the advice; until then the button does nothing

    void setSizeChart(const SizeChart& chart);
    QString adviceText() const;  // empty until height and weight are given

private:
    void updateAdvice();
    void insertAdvice();

    std::unique_ptr<Ui::SizeAdvisorWidget> m_ui;
    WorkbenchEvents* m_events = nullptr;
    SizeChart m_chart;
    QString m_advice;
};

}  // namespace kefu
