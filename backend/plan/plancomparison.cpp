// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancomparison.h"

#include <QHash>

#include <vector>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Children lists longer than this are matched greedily by key instead of by longest common subsequence, whose
/// table would grow with the square of the list (an Append over thousands of partitions).
constexpr qsizetype MaxLcsCells = 4'000'000;

QString nodeKey(const PlanNode &node)
{
    return node.type + u'\x1f' + node.relationName + u'\x1f' + node.indexName + u'\x1f' + node.cteName + u'\x1f'
        + node.functionName + u'\x1f' + node.subplanName + u'\x1f' + node.joinType + u'\x1f' + node.strategy;
}

/// Nodes that a plan may put around the same work: the Gather that collects parallel workers' rows, the
/// workers' partial aggregate under it, the Sort a Gather Merge or a group aggregate needs. The same query
/// planned serially has none of them, so matching looks through them to the node below when the other side
/// does that work directly (a one-sided row stays for each, above the pair).
bool passesThrough(const PlanNode &node)
{
    if (node.children.size() != 1)
        return false;
    return node.type == u"Gather" || node.type == u"Gather Merge" || node.type == u"Sort" || node.type == u"Incremental Sort"
        || (node.type == u"Aggregate" && node.partialMode == u"Partial");
}

class Matcher
{
public:
    Matcher(const Plan &left, const Plan &right) : m_left(left), m_right(right) {}

    QList<PlanPairing> run()
    {
        struct Pending { int left, right, parent, depth; };
        std::vector<Pending> stack{{0, 0, -1, 0}};
        while (!stack.empty()) {
            Pending item = stack.back();
            stack.pop_back();
            if (item.left >= 0 && item.right >= 0) {
                // Whatever one side has in between (a Gather, a partial aggregate) becomes a row of its own above the pair.
                while (m_left.nodes.at(item.left).type != m_right.nodes.at(item.right).type) {
                    const PlanNode &left = m_left.nodes.at(item.left);
                    const PlanNode &right = m_right.nodes.at(item.right);
                    const bool sameWorkBelow = m_left.nodes.at(effectiveNode(m_left, item.left)).type
                                               == m_right.nodes.at(effectiveNode(m_right, item.right)).type;
                    if (passesThrough(left) && sameWorkBelow) {
                        addRow({item.left, -1, item.parent, item.depth}, true);
                        item = {left.children.first(), item.right, int(m_rows.size()) - 1, item.depth + 1};
                    } else if (passesThrough(right) && sameWorkBelow) {
                        addRow({-1, item.right, item.parent, item.depth}, true);
                        item = {item.left, right.children.first(), int(m_rows.size()) - 1, item.depth + 1};
                    } else {
                        break;
                    }
                }
            }
            const int row = int(m_rows.size());
            addRow({item.left, item.right, item.parent, item.depth}, false);
            if (item.left < 0 || item.right < 0)
                continue; // a one-sided row: its subtree is one-sided too, pushed below
            const QList<std::pair<int, int>> children = matchChildren(m_left.nodes.at(item.left).children,
                                                                      m_right.nodes.at(item.right).children);
            for (auto it = children.crbegin(); it != children.crend(); ++it)
                stack.push_back({it->first, it->second, row, item.depth + 1});
        }
        // One-sided rows get their subtrees afterwards, right below them, so that rows stay in pre-order.
        return expandOneSided();
    }

private:
    void addRow(const PlanPairing &row, bool passThrough)
    {
        m_rows.append(row);
        m_passThrough.push_back(passThrough);
    }

    /// The node that does the work under any pass-through nodes, and its key.
    static int effectiveNode(const Plan &plan, int id)
    {
        while (passesThrough(plan.nodes.at(id)))
            id = plan.nodes.at(id).children.first();
        return id;
    }
    static QString effectiveKey(const Plan &plan, int id) { return nodeKey(plan.nodes.at(effectiveNode(plan, id))); }

    /// Pairs of child ids in display order; -1 on the side that has no such child.
    QList<std::pair<int, int>> matchChildren(const QList<int> &lefts, const QList<int> &rights) const
    {
        const qsizetype n = lefts.size(), m = rights.size();
        std::vector<int> leftMatch(n, -1);
        if (n * m <= MaxLcsCells)
            lcs(lefts, rights, &leftMatch);
        else
            greedyByKey(lefts, rights, &leftMatch);
        // Children left over between two matched ones pair up when their types agree.
        std::vector<bool> rightUsed(m, false);
        for (qsizetype i = 0; i < n; ++i) {
            if (leftMatch[i] >= 0)
                rightUsed[leftMatch[i]] = true;
        }
        qsizetype lowerRight = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (leftMatch[i] >= 0) {
                lowerRight = leftMatch[i] + 1;
                continue;
            }
            qsizetype upperRight = m;
            for (qsizetype k = i + 1; k < n; ++k) {
                if (leftMatch[k] >= 0) {
                    upperRight = leftMatch[k];
                    break;
                }
            }
            for (qsizetype j = lowerRight; j < upperRight; ++j) {
                if (!rightUsed[j]
                    && m_left.nodes.at(effectiveNode(m_left, lefts[i])).type == m_right.nodes.at(effectiveNode(m_right, rights[j])).type) {
                    leftMatch[i] = int(j);
                    rightUsed[j] = true;
                    lowerRight = j + 1;
                    break;
                }
            }
        }
        // Merge in order: unmatched right children go before the next matched one.
        QList<std::pair<int, int>> pairs;
        qsizetype j = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (leftMatch[i] >= 0) {
                for (; j < leftMatch[i]; ++j) {
                    if (!rightUsed[j])
                        pairs.append({-1, rights[j]});
                }
                pairs.append({lefts[i], rights[leftMatch[i]]});
                j = leftMatch[i] + 1;
            } else {
                pairs.append({lefts[i], -1});
            }
        }
        for (; j < m; ++j) {
            if (!rightUsed[j])
                pairs.append({-1, rights[j]});
        }
        return pairs;
    }

    void lcs(const QList<int> &lefts, const QList<int> &rights, std::vector<int> *leftMatch) const
    {
        const qsizetype n = lefts.size(), m = rights.size();
        QStringList leftKeys, rightKeys;
        for (int id : lefts)
            leftKeys.append(effectiveKey(m_left, id));
        for (int id : rights)
            rightKeys.append(effectiveKey(m_right, id));
        std::vector<int> table((n + 1) * (m + 1), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return i * (m + 1) + j; };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                table[at(i, j)] = leftKeys[i] == rightKeys[j] ? table[at(i + 1, j + 1)] + 1
                                                              : std::max(table[at(i + 1, j)], table[at(i, j + 1)]);
            }
        }
        for (qsizetype i = 0, j = 0; i < n && j < m;) {
            if (leftKeys[i] == rightKeys[j]) {
                (*leftMatch)[i++] = int(j++);
            } else if (table[at(i + 1, j)] >= table[at(i, j + 1)]) {
                ++i;
            } else {
                ++j;
            }
        }
    }

    void greedyByKey(const QList<int> &lefts, const QList<int> &rights, std::vector<int> *leftMatch) const
    {
        QHash<QString, QList<int>> waiting; // key -> right positions, in order
        for (qsizetype j = rights.size() - 1; j >= 0; --j)
            waiting[effectiveKey(m_right, rights[j])].append(int(j));
        int lastRight = -1;
        for (qsizetype i = 0; i < lefts.size(); ++i) {
            auto it = waiting.find(effectiveKey(m_left, lefts[i]));
            if (it == waiting.end())
                continue;
            while (!it->isEmpty() && it->last() <= lastRight)
                it->removeLast();
            if (it->isEmpty())
                continue;
            lastRight = it->takeLast();
            (*leftMatch)[i] = lastRight;
        }
    }

    /// Adds the subtrees below one-sided rows, keeping depth-first pre-order.
    QList<PlanPairing> expandOneSided() const
    {
        QList<PlanPairing> rows;
        rows.reserve(m_rows.size());
        QList<int> newIndex(m_rows.size(), -1);
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            PlanPairing row = m_rows.at(i);
            row.parent = row.parent < 0 ? -1 : newIndex.at(row.parent);
            newIndex[i] = int(rows.size());
            rows.append(row);
            if ((row.left >= 0 && row.right >= 0) || m_passThrough[size_t(i)])
                continue; // a pass-through row's child is a row of its own
            const Plan &plan = row.left >= 0 ? m_left : m_right;
            const int root = row.left >= 0 ? row.left : row.right;
            QList<int> rowOfNode; // node id - root -> row
            const int end = plan.nodes.at(root).subtreeEnd;
            rowOfNode.resize(end - root);
            rowOfNode[0] = newIndex[i];
            for (int id = root + 1; id < end; ++id) {
                const PlanNode &node = plan.nodes.at(id);
                rowOfNode[id - root] = int(rows.size());
                rows.append({row.left >= 0 ? id : -1, row.left >= 0 ? -1 : id, rowOfNode.at(node.parent - root),
                             row.depth + node.depth - plan.nodes.at(root).depth});
            }
        }
        return rows;
    }

    const Plan &m_left;
    const Plan &m_right;
    QList<PlanPairing> m_rows;
    std::vector<bool> m_passThrough; ///< per row: a one-sided node that matching looked through
};

} // namespace

PlanComparisonCounts countPairings(const QList<PlanPairing> &rows)
{
    PlanComparisonCounts counts;
    for (const PlanPairing &row : rows) {
        if (row.left >= 0 && row.right >= 0)
            ++counts.matched;
        else if (row.left >= 0)
            ++counts.leftOnly;
        else
            ++counts.rightOnly;
    }
    return counts;
}

QList<PlanPairing> comparePlans(const Plan &left, const Plan &right)
{
    if (left.nodes.isEmpty() || right.nodes.isEmpty())
        return {};
    return Matcher(left, right).run();
}

} // namespace pgv
