#pragma once

#include "SimTestClient.h"
#include "sim/GatewaySimulator.h"

#include <gtest/gtest.h>

#include <memory>

namespace kefu::test {

inline const QString kAgent = QStringLiteral("木棉纪旗舰店:小满");
inline const QString kOtherAgent = QStringLiteral("木棉纪旗舰店:青禾");
inline const QString kToken = QStringLiteral("secret-token");

inline SimOptions simOptions() {
    SimOptions options;
    options.token = kToken;
    options.defaultAgent = kAgent;
    options.runTag = QStringLiteral("t");
    options.seed = 42;
    return options;
}

// A started simulator on a free loopback port and helpers to sign test clients in.
class SimFixture : public ::testing::Test {
protected:
    void startSim(SimOptions options = simOptions()) {
        sim = std::make_unique<GatewaySimulator>(std::move(options));
        ASSERT_TRUE(sim->start()) << sim->errorString().toStdString();
    }
    std::unique_ptr<SimTestClient> client() { return std::make_unique<SimTestClient>(sim->url()); }
    std::unique_ptr<SimTestClient> signedIn(qint64 lastSeq = 0, const QString& agent = kAgent) {
        auto c = client();
        EXPECT_TRUE(c->signIn(agent, kToken, lastSeq));
        return c;
    }

    std::unique_ptr<GatewaySimulator> sim;
};

}  // namespace kefu::test
