#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace kefu {

// An amount in fen (分). Never a double: Taobao sends "12.30" strings, parsed exactly.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    // "12.30", "12.3", "12", "-0.01", "1,299.00" → fen; nullopt for anything else (more than 2 decimals, letters,
    // overflow).
    static std::optional<Money> parse(QStringView text);

    constexpr qint64 fen() const { return m_fen; }
    QString toYuanString() const;  // always two decimals: "12.30", "-0.05"
    QString display() const;       // "¥12.30"

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money operator*(qint64 n) const { return Money(m_fen * n); }
    Money& operator+=(Money o) {
        m_fen += o.m_fen;
        return *this;
    }
    Money& operator-=(Money o) {
        m_fen -= o.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    // A discount given in permille (850 = 八五折), rounded half up to the fen as Taobao shows it.
    Money discounted(int permille) const;

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

}  // namespace kefu
