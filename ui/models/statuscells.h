#pragma once

#include "model/oauth.h"

#include <QFont>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace bifrost {

// The organizations of an integration (OrganizationStatusModel) and the integrations of an
// organization (IntegrationStatusModel) show the same four columns after the name column, from
// rows (OrganizationStatus, IntegrationStatus) that carry the same three fields. Both models
// number these columns alike and render them here, so the two tables cannot drift apart.
enum class StatusColumn { EntityId = 1, EntityName, Overrides, Missing };

// The required keys without a value as one line, as the Missing column and its tool tips show
// them.
QString missingRequiredText(const QStringList &keys);
// Bold: a Missing cell that lists keys is what the admin has to act on.
QFont missingRequiredFont();

// The text colour of an OAuth connection state, the same in the connections table and the
// Organizations tab: red for what needs attention, amber for expiring, none otherwise.
QVariant tokenStatusForeground(TokenStatus status);

// The display value of a shared column; `Status` is OrganizationStatus or IntegrationStatus.
template <typename Status>
QVariant statusCellValue(const Status &status, StatusColumn column) {
    switch (column) {
    case StatusColumn::EntityId:
        return status.mapping ? status.mapping->entityId : QString();
    case StatusColumn::EntityName:
        return status.mapping ? status.mapping->entityName : QString();
    case StatusColumn::Overrides:
        return status.overrideCount;
    case StatusColumn::Missing:
        return missingRequiredText(status.missingRequired);
    }
    return {};
}

} // namespace bifrost
