#pragma once

#include "core/Result.h"

#include <gtest/gtest.h>

namespace kefu::test {

// For ASSERT_TRUE(isOk(repo.add(x))): a failing call prints its error message and detail, so the test says why.
template <typename T>
::testing::AssertionResult isOk(const Result<T>& result) {
    if (result.ok()) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << result.error().message.toStdString() << " | "
                                         << result.error().detail.toStdString();
}

}  // namespace kefu::test
