package p.shared;

import io.eventschema.codec.Codecs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Writes and reads {@link Node} as Avro binary: the code every event's codec calls for it
 * (it is {@code @SharedType}) when the event names its fields as it does here.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class NodeAvroCodec {
    /**
     * The fields of Node, by position: which one a failed read was in.
     */
    private static final String[] NODE_FIELDS = {"label", "leaf", "children"};

    /**
     * The fields of Leaf, by position: which one a failed read was in.
     */
    private static final String[] NODE_LEAF_FIELDS = {"weight", "cost"};

    private NodeAvroCodec() {
    }

    public static void writeNode(Node value, Encoder out) throws IOException {
        Codecs.writeString(out, value.label(), "Node.label");
        Codecs.enterRecord(out, value.leaf(), "Node.leaf");
        writeNode_Leaf(value.leaf(), out);
        Codecs.exit(out);
        List<Node> children = Codecs.nonNull(value.children(), "Node.children");
        out.writeArrayStart();
        out.setItemCount(children.size());
        for (Node item : children) {
            out.startItem();
            Codecs.enterRecord(out, item, "Node.children[]");
            writeNode(item, out);
            Codecs.exit(out);
        }
        out.writeArrayEnd();
    }

    public static Node readNode(Decoder in) throws IOException {
        int field = 0;
        try {
            String label = in.readString();
            field = 1;
            Codecs.enter(in, "Node.leaf");
            Node.Leaf leaf = Codecs.exit(in, readNode_Leaf(in));
            field = 2;
            long count = Codecs.arrayStart(in, 5, "Node.children");
            List<Node> children = new ArrayList<>(Codecs.capacity(count));
            long before = 0;
            for (; count != 0; before += count, count = Codecs.arrayNext(in, 5, "Node.children")) {
                for (long i = 0; i < count; i++) {
                    try {
                        Codecs.enter(in, "Node.children[]");
                        children.add(Codecs.exit(in, readNode(in)));
                    } catch (IOException e) {
                        Codecs.failedAtItem(in, before + i);
                        throw e;
                    }
                }
            }
            return new Node(label, leaf, children);
        } catch (IOException e_) {
            Codecs.failedIn(in, NODE_FIELDS[field]);
            throw e_;
        }
    }

    static void writeNode_Leaf(Node.Leaf value, Encoder out) throws IOException {
        out.writeInt(value.weight());
        Codecs.enterRecord(out, value.cost(), "Leaf.cost");
        MoneyAvroCodec.writeMoney(value.cost(), out);
        Codecs.exit(out);
    }

    static Node.Leaf readNode_Leaf(Decoder in) throws IOException {
        int field = 0;
        try {
            int weight = in.readInt();
            field = 1;
            Codecs.enter(in, "Leaf.cost");
            Money cost = Codecs.exit(in, MoneyAvroCodec.readMoney(in));
            return new Node.Leaf(weight, cost);
        } catch (IOException e) {
            Codecs.failedIn(in, NODE_LEAF_FIELDS[field]);
            throw e;
        }
    }
}
