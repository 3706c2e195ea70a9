package org.conflictsim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Merges a scenario over its base ({@code extends}): mappings key by key; lists whose items all carry an
 * {@code id} item by item (same id: merged; new id: appended; {@code remove: true}: the base item is
 * removed); anything else is replaced by the overriding value.
 */
final class Merge {
    private Merge() {
    }

    /**
     * Merges {@code over} into {@code base}; {@code ownIndex} receives, for each list item of {@code over}
     * (appended or merged into a base item), its index in {@code over}'s own list, for messages.
     */
    static Node merge(Node base, Node over, String file, String path, List<Problem> problems,
                      java.util.Map<Node, Integer> ownIndex) {
        if (base instanceof MappingNode bm && over instanceof MappingNode om) {
            for (NodeTuple t : om.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode sk)) {
                    problems.add(at(file, t.getKeyNode(), path, "keys must be plain words, not lists or mappings"));
                    continue;
                }
                String key = sk.getValue();
                NodeTuple existing = find(bm, key);
                String p = path.isEmpty() ? key : path + "." + key;
                if (existing == null) {
                    bm.getValue().add(t);
                } else {
                    Node merged = merge(existing.getValueNode(), t.getValueNode(), file, p, problems, ownIndex);
                    bm.getValue().set(bm.getValue().indexOf(existing), new NodeTuple(existing.getKeyNode(), merged));
                }
            }
            return bm;
        }
        if (base instanceof SequenceNode bs && over instanceof SequenceNode os && allHaveIds(bs) && allHaveIds(os)) {
            List<Node> items = new ArrayList<>(bs.getValue());
            for (int own = 0; own < os.getValue().size(); own++) {
                Node item = os.getValue().get(own);
                MappingNode im = (MappingNode) item;
                String id = id(im);
                int at = indexOf(items, id);
                NodeTuple remove = find(im, "remove");
                if (remove != null) {
                    boolean yes = remove.getValueNode() instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)
                            && s.getValue().equalsIgnoreCase("true");
                    if (!yes || im.getValue().size() != 2) {
                        problems.add(at(file, remove.getKeyNode(), path + "[" + id + "].remove",
                                "write just {id: " + id + ", remove: true} to remove an item of the base scenario"));
                    } else if (at < 0) {
                        problems.add(at(file, item, path + "[" + id + "]",
                                "the base scenario has no item with id '" + id + "' to remove"));
                    } else {
                        items.remove(at);
                    }
                    continue;
                }
                if (at < 0) {
                    items.add(item);
                    ownIndex.put(item, own);
                } else {
                    Node merged = merge(items.get(at), item, file, path + "[" + id + "]", problems, ownIndex);
                    items.set(at, merged);
                    ownIndex.put(merged, own);
                }
            }
            bs.getValue().clear();
            bs.getValue().addAll(items);
            return bs;
        }
        return over;
    }

    private static Problem at(String file, Node n, String path, String message) {
        int line = n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
        int col = n.getStartMark() == null ? 0 : n.getStartMark().getColumn() + 1;
        return new Problem(file, line, col, path, message);
    }

    private static boolean allHaveIds(SequenceNode s) {
        for (Node n : s.getValue()) {
            if (!(n instanceof MappingNode m) || id(m) == null) {
                return false;
            }
        }
        return true;
    }

    private static String id(MappingNode m) {
        NodeTuple t = find(m, "id");
        return t != null && t.getValueNode() instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int indexOf(List<Node> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(id((MappingNode) items.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static NodeTuple find(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t;
            }
        }
        return null;
    }
}
