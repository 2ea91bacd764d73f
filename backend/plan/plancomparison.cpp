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

class Matcher
{
public:
    Matcher(const Plan &left, const Plan &right) : m_left(left), m_right(right) {}

    QList<PlanPairing> run()
    {
        struct Pending { int left, right, parent, depth; };
        std::vector<Pending> stack{{0, 0, -1, 0}};
        while (!stack.empty()) {
            const Pending item = stack.back();
            stack.pop_back();
            const int row = int(m_rows.size());
            m_rows.append({item.left, item.right, item.parent, item.depth});
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
                if (!rightUsed[j] && m_left.nodes.at(lefts[i]).type == m_right.nodes.at(rights[j]).type) {
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
            leftKeys.append(nodeKey(m_left.nodes.at(id)));
        for (int id : rights)
            rightKeys.append(nodeKey(m_right.nodes.at(id)));
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
            waiting[nodeKey(m_right.nodes.at(rights[j]))].append(int(j));
        int lastRight = -1;
        for (qsizetype i = 0; i < lefts.size(); ++i) {
            auto it = waiting.find(nodeKey(m_left.nodes.at(lefts[i])));
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
            if (row.left >= 0 && row.right >= 0)
                continue;
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
};

} // namespace

QList<PlanPairing> comparePlans(const Plan &left, const Plan &right)
{
    if (left.nodes.isEmpty() || right.nodes.isEmpty())
        return {};
    return Matcher(left, right).run();
}

} // namespace pgv
