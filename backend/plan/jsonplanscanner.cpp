// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonplanscanner.h"
#include "jsontext.h"
#include "planfields.h"

#include <QJsonDocument>
#include <vector>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

using namespace planfields;

/// JSON nesting accepted: two levels per plan level (node object, "Plans" array) and room for details.
constexpr int MaxJsonDepth = 2 * MaxPlanDepth + 64;

/// What a value is, given where it sits.
enum class Slot : quint8 { Skip, Collect, Field, TopObject, Node, Plans };

/// The "Plan" or "Plans" member of an object: the part cut out of the object's own properties.
struct Cut
{
    qsizetype keyStart = -1;
    qsizetype commaBefore = -1;
    qsizetype valueEnd = -1;
    qsizetype begin = -1;
    qsizetype end = -1;
};

struct Frame
{
    bool object = false;
    Slot role = Slot::Skip; ///< TopObject, Node, Plans (the array), or Skip/Collect for anything else
    int node = -1;          ///< the node whose member this container is, or -1
    qsizetype begin = 0;
    qsizetype lastComma = -1;
    Cut cut;
    bool cutPending = false; ///< the member just read is the one to cut: what follows decides where the cut ends
    int elements = 0;
};

bool isTextField(Field field)
{
    switch (field) {
    case Field::Type: case Field::Strategy: case Field::PartialMode: case Field::Operation: case Field::JoinType:
    case Field::Command: case Field::ScanDirection: case Field::ParentRelationship: case Field::SubplanName:
    case Field::RelationName: case Field::Schema: case Field::Alias: case Field::IndexName: case Field::CteName:
    case Field::FunctionName: case Field::CustomProvider: case Field::SortMethod: case Field::SortSpaceType: case Field::Storage:
        return true;
    default:
        return false;
    }
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &json) : m_json(json), m_data(json.constData()), m_size(json.size()) {}

    std::optional<Plan> run()
    {
        if (!scan() || m_plan.nodes.isEmpty() || m_top.begin < 0)
            return std::nullopt;
        // The plan-level properties are few and small: QJsonDocument reads them, "Plan" cut out.
        QByteArray top = m_json.mid(m_top.begin, m_topCut.begin - m_top.begin);
        top += QByteArrayView(m_json).sliced(m_topCut.end, m_top.end - m_topCut.end);
        QJsonParseError error;
        m_plan.properties = QJsonDocument::fromJson(top, &error).object();
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        m_plan.format = PlanFormat::Json;
        m_plan.finish();
        return std::move(m_plan);
    }

private:
    struct Range
    {
        qsizetype begin = -1;
        qsizetype end = -1;
    };

    char peek() const { return m_data[m_pos]; }

    Frame makeFrame(bool object, int node) const
    {
        Frame frame;
        frame.object = object;
        frame.role = Slot::Skip;
        frame.node = node;
        frame.begin = m_pos;
        return frame;
    }

    bool skipSpace()
    {
        while (m_pos < m_size && (m_data[m_pos] == ' ' || m_data[m_pos] == '\n' || m_data[m_pos] == '\r' || m_data[m_pos] == '\t'))
            ++m_pos;
        return m_pos < m_size;
    }

    /// A string starting at m_pos ('"'): its raw content range; whether it holds escapes or non-ASCII bytes.
    bool readString(Range *content, bool *escaped, bool *nonAscii)
    {
        *escaped = false;
        *nonAscii = false;
        content->begin = ++m_pos;
        while (m_pos < m_size) {
            const uchar c = uchar(m_data[m_pos]);
            if (c == '"') {
                content->end = m_pos++;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                *escaped = true;
                m_pos += 2;
                continue;
            }
            if (c >= 0x80)
                *nonAscii = true;
            ++m_pos;
        }
        return false;
    }

    std::optional<QString> decode(Range range, bool escaped, bool nonAscii) const
    {
        return decodeJsonString(QByteArrayView(m_data + range.begin, range.end - range.begin), escaped, nonAscii);
    }

    bool readNumber(double *value) { return readJsonNumber(QByteArrayView(m_data, m_size), &m_pos, value); }

    bool literal(const char *word, qsizetype length)
    {
        if (m_pos + length > m_size || QByteArrayView(m_data + m_pos, length) != QByteArrayView(word, length))
            return false;
        m_pos += length;
        return true;
    }

    bool openContainer(Slot slot, int node, const FieldRef *field)
    {
        if (int(m_stack.size()) >= MaxJsonDepth)
            return false;
        const bool object = peek() == '{';
        Frame frame = makeFrame(object, node);
        switch (slot) {
        case Slot::TopObject:
            if (!object)
                return false;
            frame.role = Slot::TopObject;
            m_top.begin = m_pos;
            break;
        case Slot::Node: {
            if (!object)
                return false;
            const int depth = node < 0 ? 0 : m_depths[node] + 1;
            if (depth > MaxPlanDepth)
                return false;
            PlanNode &created = m_plan.nodes.emplace_back();
            created.id = int(m_plan.nodes.size() - 1);
            created.parent = node;
            m_depths.push_back(depth);
            m_typed.push_back(false);
            frame.role = Slot::Node;
            frame.node = created.id;
            break;
        }
        case Slot::Plans:
            if (object)
                return false;
            frame.role = Slot::Plans;
            break;
        case Slot::Field:
            if (field->field == Field::Type)
                return false;
            applyField(&m_plan.nodes[node], *field, FieldValue{}); // "Workers": [...] and the like: present
            break;
        case Slot::Collect:
            frame.role = Slot::Collect;
            break;
        case Slot::Skip:
            break;
        }
        m_stack.push_back(frame);
        ++m_pos;
        return true;
    }

    /// Closes the innermost container at m_pos ('}' or ']').
    bool closeContainer()
    {
        const Frame frame = m_stack.back();
        m_stack.pop_back();
        ++m_pos;
        if (frame.role == Slot::Node) {
            if (!m_typed[frame.node])
                return false; // no "Node Type": QJsonDocument's reading says so
            const Cut &cut = frame.cut;
            const qsizetype inside = frame.begin + 1;
            m_plan.nodes[frame.node].setSource(m_json, frame.begin, m_pos, cut.begin < 0 ? inside : cut.begin, cut.begin < 0 ? inside : cut.end);
        } else if (frame.role == Slot::TopObject) {
            if (frame.cut.begin < 0)
                return false;
            m_top.end = m_pos;
            m_topCut = {frame.cut.begin, frame.cut.end};
        }
        return true;
    }

    /// After a member's value, in an object whose "Plan"/"Plans" member was that value: where the cut ends.
    void finishCut(Frame &frame, bool comma)
    {
        Cut &cut = frame.cut;
        if (comma) {
            cut.begin = cut.keyStart;
            cut.end = m_pos + 1; // the comma after it goes too
        } else {
            cut.begin = cut.commaBefore >= 0 ? cut.commaBefore : cut.keyStart;
            cut.end = cut.valueEnd;
        }
        frame.cutPending = false;
    }

    bool scan()
    {
        enum class State { Value, KeyOrEnd, Key, ValueOrEnd, AfterValue };
        if (QByteArrayView(m_data, m_size).startsWith("\xEF\xBB\xBF"))
            m_pos = 3; // a UTF-8 byte order mark, as some editors save files
        if (!skipSpace())
            return false;
        Slot slot = Slot::TopObject;
        const FieldRef *field = nullptr;
        int node = -1;
        if (peek() == '[') {
            m_stack.push_back(makeFrame(false, -1));
            ++m_pos;
            slot = Slot::Skip;
        }
        State state = m_stack.empty() ? State::Value : State::ValueOrEnd;
        for (;;) {
            if (!skipSpace()) {
                return state == State::AfterValue && m_stack.empty();
            }
            switch (state) {
            case State::KeyOrEnd:
            case State::ValueOrEnd:
                if (peek() == (state == State::KeyOrEnd ? '}' : ']')) {
                    if (!closeContainer())
                        return false;
                    m_lastValueEnd = m_pos;
                    state = State::AfterValue;
                    continue;
                }
                if (state == State::KeyOrEnd) {
                    state = State::Key;
                    continue;
                }
                [[fallthrough]];
            case State::Value:
                if (state != State::Value) {
                    // An array element: what it is depends on the array.
                    Frame &array = m_stack.back();
                    node = array.node;
                    if (array.role == Slot::Plans)
                        slot = Slot::Node;
                    else if (m_stack.size() == 1 && array.elements == 0 && array.role == Slot::Skip)
                        slot = Slot::TopObject; // [ {"Plan": …}, … ]: the first statement's plan
                    else
                        slot = array.role == Slot::Collect ? Slot::Collect : Slot::Skip;
                    ++array.elements;
                    state = State::Value;
                }
                if (!readValue(slot, field, node))
                    return false;
                state = peekIsContainerOpen() ? (m_stack.back().object ? State::KeyOrEnd : State::ValueOrEnd) : State::AfterValue;
                continue;
            case State::Key: {
                if (peek() != '"')
                    return false;
                const qsizetype keyStart = m_pos;
                Range key;
                bool escaped = false;
                bool nonAscii = false;
                if (!readString(&key, &escaped, &nonAscii) || !skipSpace() || peek() != ':')
                    return false;
                ++m_pos;
                Frame &frame = m_stack.back();
                QByteArrayView name(m_data + key.begin, key.end - key.begin);
                if (escaped || nonAscii) {
                    // Rare: match the decoded name through its UTF-8 bytes.
                    const auto decoded = decode(key, escaped, nonAscii);
                    if (!decoded)
                        return false;
                    m_keyBuffer = decoded->toUtf8();
                    name = m_keyBuffer;
                }
                node = frame.node;
                field = nullptr;
                slot = frame.role == Slot::Collect ? Slot::Collect : Slot::Skip;
                const bool cutMember = (frame.role == Slot::TopObject && name == "Plan") || (frame.role == Slot::Node && name == "Plans");
                if (cutMember) {
                    if (frame.cut.keyStart >= 0)
                        return false; // twice: QJsonDocument decides which one counts
                    frame.cut.keyStart = keyStart;
                    frame.cut.commaBefore = frame.lastComma;
                    frame.cutPending = true;
                    slot = frame.role == Slot::TopObject ? Slot::Node : Slot::Plans;
                } else if (frame.role == Slot::Node) {
                    field = findField(name);
                    slot = field ? Slot::Field : Slot::Collect;
                }
                state = State::Value;
                continue;
            }
            case State::AfterValue: {
                if (m_stack.empty())
                    return false; // text after the document
                Frame &frame = m_stack.back();
                const char c = peek();
                if (frame.cutPending && frame.cut.valueEnd < 0)
                    frame.cut.valueEnd = m_lastValueEnd;
                if (c == ',') {
                    if (frame.cutPending)
                        finishCut(frame, true);
                    if (frame.object)
                        frame.lastComma = m_pos;
                    ++m_pos;
                    if (!skipSpace())
                        return false;
                    if (frame.object) {
                        state = State::Key;
                    } else {
                        if (peek() == ']')
                            return false; // a trailing comma
                        state = State::ValueOrEnd;
                    }
                    continue;
                }
                if (c != (frame.object ? '}' : ']'))
                    return false;
                if (frame.cutPending)
                    finishCut(frame, false);
                if (!closeContainer())
                    return false;
                m_lastValueEnd = m_pos;
                state = State::AfterValue;
                continue;
            }
            }
        }
    }

    bool peekIsContainerOpen() const { return m_openedContainer; }

    /// Reads the value at m_pos for \a slot; containers are opened (and read by the main loop).
    bool readValue(Slot slot, const FieldRef *field, int node)
    {
        m_openedContainer = false;
        const char c = peek();
        if (c == '{' || c == '[') {
            m_openedContainer = true;
            return openContainer(slot, node, field);
        }
        if (slot == Slot::TopObject || slot == Slot::Node || slot == Slot::Plans)
            return false;
        FieldValue value;
        if (c == '"') {
            Range range;
            bool escaped = false;
            bool nonAscii = false;
            if (!readString(&range, &escaped, &nonAscii))
                return false;
            if (slot == Slot::Field || escaped || nonAscii) {
                auto text = decode(range, escaped, nonAscii);
                if (!text)
                    return false;
                if (slot == Slot::Collect)
                    collectParamTokens(QStringView(*text), &m_plan.nodes[node].paramRefs);
                value.text = std::move(*text);
            } else if (slot == Slot::Collect) {
                collectParamTokens(QByteArrayView(m_data + range.begin, range.end - range.begin), &m_plan.nodes[node].paramRefs);
            }
            if (slot == Slot::Field) {
                if (field->field == Field::Type)
                    m_typed[node] = true;
                if (!isTextField(field->field)) {
                    bool ok = false;
                    const double number = value.text.toDouble(&ok); // some producers write numbers as strings
                    if (ok)
                        value.number = number;
                }
            }
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            double number = 0;
            if (!readNumber(&number))
                return false;
            value.number = number;
        } else if (c == 't') {
            if (!literal("true", 4))
                return false;
            value.boolean = true;
        } else if (!literal("false", 5) && !literal("null", 4)) {
            return false;
        }
        if (slot == Slot::Field) {
            if (field->field == Field::Type && !m_typed[node])
                return false; // a "Node Type" that is not a string
            applyField(&m_plan.nodes[node], *field, std::move(value));
        }
        m_lastValueEnd = m_pos;
        return true;
    }

    const QByteArray &m_json;
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    qsizetype m_lastValueEnd = -1;
    bool m_openedContainer = false;
    QByteArray m_keyBuffer;
    std::vector<Frame> m_stack;
    std::vector<int> m_depths;
    std::vector<bool> m_typed;
    Range m_top;
    Range m_topCut;
    Plan m_plan;
};

} // namespace

std::optional<Plan> scanJsonPlan(const QByteArray &json)
{
    return Scanner(json).run();
}

} // namespace pgv
