// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-built catalogues for the linter and model tests. The expression trees were printed by PostgreSQL 15
// (SELECT polqual::text FROM pg_policy) for the policies named beside them.
#pragma once

#include "rls/rlscatalog.h"

#include <QString>

namespace pgv::test {

using namespace Qt::StringLiterals;

// tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid
inline const QString kSafeTenantTree = u"{OPEXPR :opno 2972 :opfuncid 2956 :opresulttype 16 :opretset false :opcollid 0 :inputcollid 0 :args ({VAR :varno 1 :varattno 2 :vartype 2950 :vartypmod -1 :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 2 :location 47} {COERCEVIAIO :arg {NULLIFEXPR :opno 98 :opfuncid 67 :opresulttype 25 :opretset false :opcollid 100 :inputcollid 100 :args ({FUNCEXPR :funcid 3294 :funcresulttype 25 :funcretset false :funcvariadic false :funcformat 0 :funccollid 100 :inputcollid 100 :args ({CONST :consttype 25 :consttypmod -1 :constcollid 100 :constlen -1 :constbyval false :constisnull false :location 82 :constvalue 17 [ 68 0 0 0 97 112 112 46 116 101 110 97 110 116 95 105 100 ]} {CONST :consttype 16 :consttypmod -1 :constcollid 0 :constlen 1 :constbyval true :constisnull false :location 99 :constvalue 1 [ 1 0 0 0 0 0 0 0 ]}) :location 66} {CONST :consttype 25 :consttypmod -1 :constcollid 100 :constlen -1 :constbyval false :constisnull false :location 105 :constvalue 4 [ 16 0 0 0 ]}) :location 59} :resulttype 2950 :resultcollid 0 :coerceformat 1 :location 108}) :location 57}"_s;
inline const QString kSafeTenantText = u"(tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)"_s;

// tenant_id = current_setting('app.tenant_id')::uuid
inline const QString kUnsafeTenantTree = u"{OPEXPR :opno 2972 :opfuncid 2956 :opresulttype 16 :opretset false :opcollid 0 :inputcollid 0 :args ({VAR :varno 1 :varattno 2 :vartype 2950 :vartypmod -1 :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 2 :location 36} {COERCEVIAIO :arg {FUNCEXPR :funcid 2077 :funcresulttype 25 :funcretset false :funcvariadic false :funcformat 0 :funccollid 100 :inputcollid 100 :args ({CONST :consttype 25 :consttypmod -1 :constcollid 100 :constlen -1 :constbyval false :constisnull false :location 64 :constvalue 17 [ 68 0 0 0 97 112 112 46 116 101 110 97 110 116 95 105 100 ]}) :location 48} :resulttype 2950 :resultcollid 0 :coerceformat 1 :location 80}) :location 46}"_s;
inline const QString kUnsafeTenantText = u"(tenant_id = (current_setting('app.tenant_id'::text))::uuid)"_s;

// lower(owner_name) = current_user AND tenant_id::text = current_setting('x.y', true)
inline const QString kLeakyTree = u"{BOOLEXPR :boolop and :args ({OPEXPR :opno 260 :opfuncid 247 :opresulttype 16 :opretset false :opcollid 0 :inputcollid 950 :args ({FUNCEXPR :funcid 870 :funcresulttype 25 :funcretset false :funcvariadic false :funcformat 0 :funccollid 100 :inputcollid 100 :args ({VAR :varno 1 :varattno 4 :vartype 25 :vartypmod -1 :varcollid 100 :varlevelsup 0 :varnosyn 1 :varattnosyn 4 :location 53}) :location 47} {SQLVALUEFUNCTION :op 10 :type 19 :typmod -1 :location 67}) :location 65} {OPEXPR :opno 98 :opfuncid 67 :opresulttype 16 :opretset false :opcollid 0 :inputcollid 100 :args ({COERCEVIAIO :arg {VAR :varno 1 :varattno 2 :vartype 2950 :vartypmod -1 :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 2 :location 84} :resulttype 25 :resultcollid 100 :coerceformat 1 :location 93} {FUNCEXPR :funcid 3294 :funcresulttype 25 :funcretset false :funcvariadic false :funcformat 0 :funccollid 100 :inputcollid 100 :args ({CONST :consttype 25 :consttypmod -1 :constcollid 100 :constlen -1 :constbyval false :constisnull false :location 118 :constvalue 7 [ 28 0 0 0 120 46 121 ]} {CONST :consttype 16 :consttypmod -1 :constcollid 0 :constlen 1 :constbyval true :constisnull false :location 125 :constvalue 1 [ 1 0 0 0 0 0 0 0 ]}) :location 102}) :location 100}) :location 80}"_s;
inline const QString kLeakyText = u"((lower(owner_name) = CURRENT_USER) AND ((tenant_id)::text = current_setting('x.y'::text, true)))"_s;

// amount > 0 AND tenant_id IN (SELECT id FROM tenants WHERE name = current_user)
inline const QString kSubqueryTree = u"{BOOLEXPR :boolop and :args ({OPEXPR :opno 521 :opfuncid 147 :opresulttype 16 :opretset false :opcollid 0 :inputcollid 0 :args ({VAR :varno 1 :varattno 3 :vartype 23 :vartypmod -1 :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 3 :location 69} {CONST :consttype 23 :consttypmod -1 :constcollid 0 :constlen 4 :constbyval true :constisnull false :location 78 :constvalue 4 [ 0 0 0 0 0 0 0 0 ]}) :location 76} {SUBLINK :subLinkType 2 :subLinkId 0 :testexpr {OPEXPR :opno 2972 :opfuncid 2956 :opresulttype 16 :opretset false :opcollid 0 :inputcollid 0 :args ({VAR :varno 1 :varattno 2 :vartype 2950 :vartypmod -1 :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 2 :location 84} {PARAM :paramkind 2 :paramid 1 :paramtype 2950 :paramtypmod -1 :paramcollid 0 :location -1}) :location 94} :operName (\"=\") :subselect {QUERY :commandType 1 :querySource 0 :canSetTag true :utilityStmt <> :resultRelation 0 :hasAggs false :hasWindowFuncs false :hasTargetSRFs false :hasSubLinks false :hasDistinctOn false :hasRecursive false :hasModifyingCTE false :hasForUpdate false :hasRowSecurity false :isReturn false :cteList <> :rtable ({RANGETBLENTRY :alias <> :eref {ALIAS :aliasname tenants :colnames (\"id\" \"name\")} :rtekind 0 :relid 16384 :relkind r :rellockmode 1 :tablesample <> :lateral false :inh true :inFromCl true :requiredPerms 2 :checkAsUser 0 :selectedCols (b 8 9) :insertedCols (b) :updatedCols (b) :extraUpdatedCols (b) :securityQuals <>}) :jointree {FROMEXPR :fromlist ({RANGETBLREF :rtindex 1}) :quals {OPEXPR :opno 260 :opfuncid 247 :opresulttype 16 :opretset false :opcollid 0 :inputcollid 950 :args ({VAR :varno 1 :varattno 2 :vartype 25 :vartypmod -1 :varcollid 100 :varlevelsup 0 :varnosyn 1 :varattnosyn 2 :location 127} {SQLVALUEFUNCTION :op 10 :type 19 :typmod -1 :location 134}) :location 132}} :targetList ({TARGETENTRY :expr {VAR :varno 1 :varattno 1 :vartype 2950 :vartypmod -1 :varcollid 0 :varlevelsup 0 :varnosyn 1 :varattnosyn 1 :location 105} :resno 1 :resname id :ressortgroupref 0 :resorigtbl 16384 :resorigcol 1 :resjunk false}) :override 0 :onConflict <> :returningList <> :groupClause <> :groupDistinct false :groupingSets <> :havingQual <> :windowClause <> :distinctClause <> :sortClause <> :limitOffset <> :limitCount <> :limitOption 0 :rowMarks <> :setOperations <> :constraintDeps <> :withCheckOptions <> :mergeActionList <> :mergeUseOuterJoin false :stmt_location 0 :stmt_len 0} :location 94}) :location 80}"_s;

inline const RlsTableRef kInvoicesRef{u"public"_s, u"invoices"_s};
inline const RlsTableRef kTenantsRef{u"public"_s, u"tenants"_s};

/// A multi-tenant schema done right: no lint above info may fire on it.
inline RlsCatalog goodCatalog()
{
    RlsCatalog catalog;
    catalog.database = u"saas"_s;
    catalog.currentUser = u"postgres"_s;
    catalog.serverVersionNum = 150018;
    catalog.serverVersion = u"15.18"_s;

    RlsTable tenants;
    tenants.ref = kTenantsRef;
    tenants.owner = u"saas_owner"_s;
    tenants.columns = {{1, u"id"_s, u"uuid"_s, true, false}, {2, u"name"_s, u"text"_s, true, false}};
    RlsTable invoices;
    invoices.ref = kInvoicesRef;
    invoices.owner = u"saas_owner"_s;
    invoices.rlsEnabled = true;
    invoices.rlsForced = true;
    invoices.columns = {{1, u"id"_s, u"integer"_s, true, true}, {2, u"tenant_id"_s, u"uuid"_s, true, false},
                        {3, u"amount"_s, u"integer"_s, false, false}, {4, u"owner_name"_s, u"text"_s, false, false}};
    catalog.tables = {tenants, invoices};

    RlsPolicy policy;
    policy.table = kInvoicesRef;
    policy.name = u"tenant_isolation"_s;
    policy.roles = {u"app"_s};
    policy.usingExpression = kSafeTenantText;
    policy.usingTree = kSafeTenantTree;
    catalog.policies = {policy};

    catalog.roles = {{u"app"_s, false, false, true}, {u"postgres"_s, true, true, true}, {u"saas_owner"_s, false, false, false}};
    catalog.functions = {{67, u"pg_catalog"_s, u"texteq"_s, u"text, text"_s, true, u'i', false},
                         {2956, u"pg_catalog"_s, u"uuid_eq"_s, u"uuid, uuid"_s, true, u'i', false},
                         {2077, u"pg_catalog"_s, u"current_setting"_s, u"text"_s, false, u's', false},
                         {3294, u"pg_catalog"_s, u"current_setting"_s, u"text, boolean"_s, false, u's', false},
                         {870, u"pg_catalog"_s, u"lower"_s, u"text"_s, false, u'i', false},
                         {247, u"pg_catalog"_s, u"nameeq"_s, u"name, name"_s, true, u'i', false},
                         {46, u"pg_catalog"_s, u"textin"_s, u"cstring"_s, false, u'i', false},
                         {47, u"pg_catalog"_s, u"textout"_s, u"text"_s, false, u'i', false},
                         {2952, u"pg_catalog"_s, u"uuid_in"_s, u"cstring"_s, false, u'i', false},
                         {2953, u"pg_catalog"_s, u"uuid_out"_s, u"uuid"_s, false, u'i', false}};
    catalog.operators = {{2972, u"="_s, u"uuid"_s, u"uuid"_s, 2956}, {98, u"="_s, u"text"_s, u"text"_s, 67}};
    catalog.types = {{25, u"text"_s, 46, 47}, {2950, u"uuid"_s, 2952, 2953}};
    catalog.indexes = {{kInvoicesRef, u"invoices_tenant_id_idx"_s, {2}, true, false, u"CREATE INDEX …"_s}};
    catalog.views = {{{u"public"_s, u"my_invoices"_s}, u"saas_owner"_s, true, false, {kInvoicesRef}}};
    return catalog;
}

} // namespace pgv::test
