// SPDX-License-Identifier: GPL-3.0-or-later
#include "action.h"

using namespace Qt::StringLiterals;

namespace pgv {

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return u"pass"_s;
    case CheckStatus::Warn:
        return u"warn"_s;
    case CheckStatus::Fail:
        return u"fail"_s;
    }
    return {};
}

QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return u"pending"_s;
    case StepStatus::Running:
        return u"running"_s;
    case StepStatus::Done:
        return u"done"_s;
    case StepStatus::Failed:
        return u"failed"_s;
    case StepStatus::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString resultName(ActionOutcome::Result result)
{
    switch (result) {
    case ActionOutcome::Result::Succeeded:
        return u"succeeded"_s;
    case ActionOutcome::Result::Refused:
        return u"refused"_s;
    case ActionOutcome::Result::Failed:
        return u"failed"_s;
    case ActionOutcome::Result::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

bool anyFailed(const QList<ActionCheck> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const ActionCheck &check) { return check.status == CheckStatus::Fail; });
}

} // namespace pgv
