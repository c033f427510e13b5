#include "gui/customer/SellerFlags.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>
#include <QPolygonF>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

bool isFlag(int flag) {
    return flag >= 0 && flag < SellerFlags::kCount;
}

}  // namespace

QString SellerFlags::label(int flag) {
    switch (flag) {
        case 1:
            return tr("红旗");
        case 2:
            return tr("黄旗");
        case 3:
            return tr("绿旗");
        case 4:
            return tr("蓝旗");
        case 5:
            return tr("紫旗");
        default:
            return tr("灰旗");
    }
}

QString SellerFlags::colorHex(int flag) {
    static const QList<QString> colors = {u"#b0b3b8"_s, u"#e5484d"_s, u"#f5a623"_s,
                                          u"#30a46c"_s, u"#0090ff"_s, u"#8e4ec6"_s};
    return colors.at(isFlag(flag) ? flag : 0);
}

QIcon SellerFlags::icon(int flag, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor color(colorHex(flag));
    painter.setPen(QPen(color.darker(130), 1.2));
    painter.drawLine(QPointF(size * 0.2, size * 0.1), QPointF(size * 0.2, size * 0.95));
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    const QPolygonF banner({QPointF(size * 0.24, size * 0.12), QPointF(size * 0.9, size * 0.12),
                            QPointF(size * 0.72, size * 0.34), QPointF(size * 0.9, size * 0.56),
                            QPointF(size * 0.24, size * 0.56)});
    painter.drawPolygon(banner);
    return QIcon(pixmap);
}

}  // namespace kefu
