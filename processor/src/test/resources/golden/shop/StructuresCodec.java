package com.acme.shop;

import io.eventschema.codec.Codecs;
import io.eventschema.codec.EventCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Reads and writes {@link Structures} as Avro binary of schema {@code com.acme.shop.Structures}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class StructuresCodec implements EventCodec<Structures> {
    /**
     * The Avro schema in compact JSON, as registered.
     */
    public static final String SCHEMA_JSON = "{\"type\":\"record\",\"name\":\"Structures\",\"namespace\":\"com.acme.shop\",\"doc\":\"Sealed unions as field types, and recursive records.\",\"fields\":[{\"name\":\"shape\",\"type\":[{\"type\":\"record\",\"name\":\"Circle\",\"fields\":[{\"name\":\"radius\",\"type\":\"double\"}]},{\"type\":\"record\",\"name\":\"Square\",\"fields\":[{\"name\":\"side\",\"type\":\"double\"}]},{\"type\":\"record\",\"name\":\"Polygon\",\"fields\":[{\"name\":\"sides\",\"type\":{\"type\":\"array\",\"items\":\"double\"}}]}]},{\"name\":\"maybeShape\",\"type\":[\"null\",\"Circle\",\"Square\",\"Polygon\"],\"default\":null},{\"name\":\"optionalShape\",\"type\":[\"null\",\"Circle\",\"Square\",\"Polygon\"],\"default\":null},{\"name\":\"shapes\",\"type\":{\"type\":\"array\",\"items\":[\"Circle\",\"Square\",\"Polygon\"]}},{\"name\":\"expr\",\"type\":[{\"type\":\"record\",\"name\":\"Lit\",\"fields\":[{\"name\":\"value\",\"type\":\"int\"}]},{\"type\":\"record\",\"name\":\"Add\",\"fields\":[{\"name\":\"left\",\"type\":[\"Lit\",\"Add\",{\"type\":\"record\",\"name\":\"Neg\",\"fields\":[{\"name\":\"inner\",\"type\":[\"Lit\",\"Add\",\"Neg\"]}]}]},{\"name\":\"right\",\"type\":[\"Lit\",\"Add\",\"Neg\"]}]},\"Neg\"]},{\"name\":\"tree\",\"type\":{\"type\":\"record\",\"name\":\"TreeNode\",\"doc\":\"A tree: each node refers to its own type.\",\"fields\":[{\"name\":\"label\",\"type\":\"string\"},{\"name\":\"children\",\"type\":{\"type\":\"array\",\"items\":\"TreeNode\"}}]}},{\"name\":\"chain\",\"type\":[\"null\",{\"type\":\"record\",\"name\":\"Link\",\"doc\":\"A linked list.\",\"fields\":[{\"name\":\"value\",\"type\":\"int\"},{\"name\":\"next\",\"type\":[\"null\",\"Link\"],\"default\":null}]}],\"default\":null},{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"doc\":\"Where an order stands.\",\"symbols\":[\"OPEN\",\"PAID\",\"SHIPPED\",\"UNKNOWN\"],\"default\":\"UNKNOWN\"}}]}";

    public static final Schema SCHEMA = new Schema.Parser().parse(SCHEMA_JSON);

    public static final StructuresCodec INSTANCE = new StructuresCodec();

    private static final Status[] STATUS_SYMBOLS = Status.values();

    /**
     * The fields of Structures, by position: which one a failed read was in.
     */
    private static final String[] STRUCTURES_FIELDS = {"shape", "maybeShape", "optionalShape", "shapes", "expr", "tree", "chain", "status"};

    /**
     * The fields of Add, by position: which one a failed read was in.
     */
    private static final String[] EXPR_ADD_FIELDS = {"left", "right"};

    /**
     * The fields of TreeNode, by position: which one a failed read was in.
     */
    private static final String[] STRUCTURES_TREE_NODE_FIELDS = {"label", "children"};

    /**
     * The fields of Link, by position: which one a failed read was in.
     */
    private static final String[] STRUCTURES_LINK_FIELDS = {"value", "next"};

    private StructuresCodec() {
    }

    @Override
    public Class<Structures> type() {
        return Structures.class;
    }

    @Override
    public String schemaText() {
        return SCHEMA_JSON;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public void encode(Structures value, Encoder out) throws IOException {
        writeStructures(Codecs.nonNull(value, "Structures"), out);
    }

    @Override
    public Structures decode(Decoder in) throws IOException {
        return readStructures(in);
    }

    static void writeStructures(Structures value, Encoder out) throws IOException {
        Shape shape = Codecs.nonNull(value.shape(), "shape");
        if (shape instanceof Shape.Circle circle) {
            out.writeIndex(0);
            Codecs.enter(out, "shape");
            writeShape_Circle(circle, out);
            Codecs.exit(out);
        } else if (shape instanceof Shape.Square square) {
            out.writeIndex(1);
            Codecs.enter(out, "shape");
            writeShape_Square(square, out);
            Codecs.exit(out);
        } else if (shape instanceof Shape.Polygon polygon) {
            out.writeIndex(2);
            Codecs.enter(out, "shape");
            writeShape_Polygon(polygon, out);
            Codecs.exit(out);
        } else {
            throw Codecs.unknownSubtype(shape, "shape");
        }
        Shape maybeShape = value.maybeShape();
        if (maybeShape == null) {
            out.writeIndex(0);
        } else {
            if (maybeShape instanceof Shape.Circle circle_) {
                out.writeIndex(1);
                Codecs.enter(out, "maybeShape");
                writeShape_Circle(circle_, out);
                Codecs.exit(out);
            } else if (maybeShape instanceof Shape.Square square_) {
                out.writeIndex(2);
                Codecs.enter(out, "maybeShape");
                writeShape_Square(square_, out);
                Codecs.exit(out);
            } else if (maybeShape instanceof Shape.Polygon polygon_) {
                out.writeIndex(3);
                Codecs.enter(out, "maybeShape");
                writeShape_Polygon(polygon_, out);
                Codecs.exit(out);
            } else {
                throw Codecs.unknownSubtype(maybeShape, "maybeShape");
            }
        }
        Optional<Shape> optionalShape = value.optionalShape();
        if (optionalShape == null || optionalShape.isEmpty()) {
            out.writeIndex(0);
        } else {
            Shape optionalShapeValue = optionalShape.get();
            if (optionalShapeValue instanceof Shape.Circle circle__) {
                out.writeIndex(1);
                Codecs.enter(out, "optionalShape");
                writeShape_Circle(circle__, out);
                Codecs.exit(out);
            } else if (optionalShapeValue instanceof Shape.Square square__) {
                out.writeIndex(2);
                Codecs.enter(out, "optionalShape");
                writeShape_Square(square__, out);
                Codecs.exit(out);
            } else if (optionalShapeValue instanceof Shape.Polygon polygon__) {
                out.writeIndex(3);
                Codecs.enter(out, "optionalShape");
                writeShape_Polygon(polygon__, out);
                Codecs.exit(out);
            } else {
                throw Codecs.unknownSubtype(optionalShapeValue, "optionalShape");
            }
        }
        List<Shape> shapes = Codecs.nonNull(value.shapes(), "shapes");
        out.writeArrayStart();
        out.setItemCount(shapes.size());
        for (Shape item : shapes) {
            out.startItem();
            Shape item_ = Codecs.nonNull(item, "shapes[]");
            if (item_ instanceof Shape.Circle circle___) {
                out.writeIndex(0);
                Codecs.enter(out, "shapes[]");
                writeShape_Circle(circle___, out);
                Codecs.exit(out);
            } else if (item_ instanceof Shape.Square square___) {
                out.writeIndex(1);
                Codecs.enter(out, "shapes[]");
                writeShape_Square(square___, out);
                Codecs.exit(out);
            } else if (item_ instanceof Shape.Polygon polygon___) {
                out.writeIndex(2);
                Codecs.enter(out, "shapes[]");
                writeShape_Polygon(polygon___, out);
                Codecs.exit(out);
            } else {
                throw Codecs.unknownSubtype(item_, "shapes[]");
            }
        }
        out.writeArrayEnd();
        Expr expr = Codecs.nonNull(value.expr(), "expr");
        if (expr instanceof Expr.Lit lit) {
            out.writeIndex(0);
            Codecs.enter(out, "expr");
            writeExpr_Lit(lit, out);
            Codecs.exit(out);
        } else if (expr instanceof Expr.Add add) {
            out.writeIndex(1);
            Codecs.enter(out, "expr");
            writeExpr_Add(add, out);
            Codecs.exit(out);
        } else if (expr instanceof Expr.Neg neg) {
            out.writeIndex(2);
            Codecs.enter(out, "expr");
            writeExpr_Neg(neg, out);
            Codecs.exit(out);
        } else {
            throw Codecs.unknownSubtype(expr, "expr");
        }
        Codecs.enterRecord(out, value.tree(), "tree");
        writeStructures_TreeNode(value.tree(), out);
        Codecs.exit(out);
        Structures.Link chain = value.chain();
        if (chain == null) {
            out.writeIndex(0);
        } else {
            out.writeIndex(1);
            Codecs.enterRecord(out, chain, "chain");
            writeStructures_Link(chain, out);
            Codecs.exit(out);
        }
        Codecs.writeEnum(out, value.status(), "status");
    }

    static Structures readStructures(Decoder in) throws IOException {
        int field = 0;
        try {
            Shape shape;
            int shapeBranch = Codecs.unionIndex(in, 3, "shape");
            if (shapeBranch == 0) {
                Codecs.enter(in, "shape");
                shape = Codecs.exit(in, readShape_Circle(in));
            } else if (shapeBranch == 1) {
                Codecs.enter(in, "shape");
                shape = Codecs.exit(in, readShape_Square(in));
            } else {
                Codecs.enter(in, "shape");
                shape = Codecs.exit(in, readShape_Polygon(in));
            }
            field = 1;
            Shape maybeShape;
            int maybeShapeBranch = Codecs.unionIndex(in, 4, "maybeShape");
            if (maybeShapeBranch == 0) {
                maybeShape = null;
            } else if (maybeShapeBranch == 1) {
                Codecs.enter(in, "maybeShape");
                maybeShape = Codecs.exit(in, readShape_Circle(in));
            } else if (maybeShapeBranch == 2) {
                Codecs.enter(in, "maybeShape");
                maybeShape = Codecs.exit(in, readShape_Square(in));
            } else {
                Codecs.enter(in, "maybeShape");
                maybeShape = Codecs.exit(in, readShape_Polygon(in));
            }
            field = 2;
            Optional<Shape> optionalShape;
            int optionalShapeBranch = Codecs.unionIndex(in, 4, "optionalShape");
            if (optionalShapeBranch == 0) {
                optionalShape = Optional.empty();
            } else if (optionalShapeBranch == 1) {
                Codecs.enter(in, "optionalShape");
                optionalShape = Optional.of(Codecs.exit(in, readShape_Circle(in)));
            } else if (optionalShapeBranch == 2) {
                Codecs.enter(in, "optionalShape");
                optionalShape = Optional.of(Codecs.exit(in, readShape_Square(in)));
            } else {
                Codecs.enter(in, "optionalShape");
                optionalShape = Optional.of(Codecs.exit(in, readShape_Polygon(in)));
            }
            field = 3;
            long count = Codecs.arrayStart(in, 1, "shapes");
            List<Shape> shapes = new ArrayList<>(Codecs.capacity(count));
            long before = 0;
            for (; count != 0; before += count, count = Codecs.arrayNext(in, 1, "shapes")) {
                for (long i = 0; i < count; i++) {
                    try {
                        Shape item;
                        int itemBranch = Codecs.unionIndex(in, 3, "shapes[]");
                        if (itemBranch == 0) {
                            Codecs.enter(in, "shapes[]");
                            item = Codecs.exit(in, readShape_Circle(in));
                        } else if (itemBranch == 1) {
                            Codecs.enter(in, "shapes[]");
                            item = Codecs.exit(in, readShape_Square(in));
                        } else {
                            Codecs.enter(in, "shapes[]");
                            item = Codecs.exit(in, readShape_Polygon(in));
                        }
                        shapes.add(item);
                    } catch (IOException e) {
                        Codecs.failedAtItem(in, before + i);
                        throw e;
                    }
                }
            }
            field = 4;
            Expr expr;
            int exprBranch = Codecs.unionIndex(in, 3, "expr");
            if (exprBranch == 0) {
                Codecs.enter(in, "expr");
                expr = Codecs.exit(in, readExpr_Lit(in));
            } else if (exprBranch == 1) {
                Codecs.enter(in, "expr");
                expr = Codecs.exit(in, readExpr_Add(in));
            } else {
                Codecs.enter(in, "expr");
                expr = Codecs.exit(in, readExpr_Neg(in));
            }
            field = 5;
            Codecs.enter(in, "tree");
            Structures.TreeNode tree = Codecs.exit(in, readStructures_TreeNode(in));
            field = 6;
            Structures.Link chain;
            if (Codecs.unionIndex(in, 2, "chain") == 0) {
                chain = null;
            } else {
                Codecs.enter(in, "chain");
                chain = Codecs.exit(in, readStructures_Link(in));
            }
            field = 7;
            Status status = (Status) Codecs.readSymbol(in, STATUS_SYMBOLS, "status");
            return new Structures(shape, maybeShape, optionalShape, shapes, expr, tree, chain, status);
        } catch (IOException e_) {
            Codecs.failedIn(in, STRUCTURES_FIELDS[field]);
            throw e_;
        }
    }

    static void writeShape_Circle(Shape.Circle value, Encoder out) throws IOException {
        out.writeDouble(value.radius());
    }

    static Shape.Circle readShape_Circle(Decoder in) throws IOException {
        try {
            double radius = in.readDouble();
            return new Shape.Circle(radius);
        } catch (IOException e) {
            Codecs.failedIn(in, "radius");
            throw e;
        }
    }

    static void writeShape_Square(Shape.Square value, Encoder out) throws IOException {
        out.writeDouble(value.side());
    }

    static Shape.Square readShape_Square(Decoder in) throws IOException {
        try {
            double side = in.readDouble();
            return new Shape.Square(side);
        } catch (IOException e) {
            Codecs.failedIn(in, "side");
            throw e;
        }
    }

    static void writeShape_Polygon(Shape.Polygon value, Encoder out) throws IOException {
        List<Double> sides = Codecs.nonNull(value.sides(), "Polygon.sides");
        out.writeArrayStart();
        out.setItemCount(sides.size());
        for (Double item : sides) {
            out.startItem();
            out.writeDouble(Codecs.nonNull(item, "Polygon.sides[]"));
        }
        out.writeArrayEnd();
    }

    static Shape.Polygon readShape_Polygon(Decoder in) throws IOException {
        try {
            long count = Codecs.arrayStart(in, 8, "Polygon.sides");
            List<Double> sides = new ArrayList<>(Codecs.capacity(count));
            long before = 0;
            for (; count != 0; before += count, count = Codecs.arrayNext(in, 8, "Polygon.sides")) {
                for (long i = 0; i < count; i++) {
                    try {
                        sides.add(in.readDouble());
                    } catch (IOException e) {
                        Codecs.failedAtItem(in, before + i);
                        throw e;
                    }
                }
            }
            return new Shape.Polygon(sides);
        } catch (IOException e_) {
            Codecs.failedIn(in, "sides");
            throw e_;
        }
    }

    static void writeExpr_Lit(Expr.Lit value, Encoder out) throws IOException {
        out.writeInt(value.value());
    }

    static Expr.Lit readExpr_Lit(Decoder in) throws IOException {
        try {
            int value = in.readInt();
            return new Expr.Lit(value);
        } catch (IOException e) {
            Codecs.failedIn(in, "value");
            throw e;
        }
    }

    static void writeExpr_Add(Expr.Add value, Encoder out) throws IOException {
        Expr left = Codecs.nonNull(value.left(), "Add.left");
        if (left instanceof Expr.Lit lit) {
            out.writeIndex(0);
            Codecs.enter(out, "Add.left");
            writeExpr_Lit(lit, out);
            Codecs.exit(out);
        } else if (left instanceof Expr.Add add) {
            out.writeIndex(1);
            Codecs.enter(out, "Add.left");
            writeExpr_Add(add, out);
            Codecs.exit(out);
        } else if (left instanceof Expr.Neg neg) {
            out.writeIndex(2);
            Codecs.enter(out, "Add.left");
            writeExpr_Neg(neg, out);
            Codecs.exit(out);
        } else {
            throw Codecs.unknownSubtype(left, "Add.left");
        }
        Expr right = Codecs.nonNull(value.right(), "Add.right");
        if (right instanceof Expr.Lit lit_) {
            out.writeIndex(0);
            Codecs.enter(out, "Add.right");
            writeExpr_Lit(lit_, out);
            Codecs.exit(out);
        } else if (right instanceof Expr.Add add_) {
            out.writeIndex(1);
            Codecs.enter(out, "Add.right");
            writeExpr_Add(add_, out);
            Codecs.exit(out);
        } else if (right instanceof Expr.Neg neg_) {
            out.writeIndex(2);
            Codecs.enter(out, "Add.right");
            writeExpr_Neg(neg_, out);
            Codecs.exit(out);
        } else {
            throw Codecs.unknownSubtype(right, "Add.right");
        }
    }

    static Expr.Add readExpr_Add(Decoder in) throws IOException {
        int field = 0;
        try {
            Expr left;
            int leftBranch = Codecs.unionIndex(in, 3, "Add.left");
            if (leftBranch == 0) {
                Codecs.enter(in, "Add.left");
                left = Codecs.exit(in, readExpr_Lit(in));
            } else if (leftBranch == 1) {
                Codecs.enter(in, "Add.left");
                left = Codecs.exit(in, readExpr_Add(in));
            } else {
                Codecs.enter(in, "Add.left");
                left = Codecs.exit(in, readExpr_Neg(in));
            }
            field = 1;
            Expr right;
            int rightBranch = Codecs.unionIndex(in, 3, "Add.right");
            if (rightBranch == 0) {
                Codecs.enter(in, "Add.right");
                right = Codecs.exit(in, readExpr_Lit(in));
            } else if (rightBranch == 1) {
                Codecs.enter(in, "Add.right");
                right = Codecs.exit(in, readExpr_Add(in));
            } else {
                Codecs.enter(in, "Add.right");
                right = Codecs.exit(in, readExpr_Neg(in));
            }
            return new Expr.Add(left, right);
        } catch (IOException e) {
            Codecs.failedIn(in, EXPR_ADD_FIELDS[field]);
            throw e;
        }
    }

    static void writeExpr_Neg(Expr.Neg value, Encoder out) throws IOException {
        Expr inner = Codecs.nonNull(value.inner(), "Neg.inner");
        if (inner instanceof Expr.Lit lit) {
            out.writeIndex(0);
            Codecs.enter(out, "Neg.inner");
            writeExpr_Lit(lit, out);
            Codecs.exit(out);
        } else if (inner instanceof Expr.Add add) {
            out.writeIndex(1);
            Codecs.enter(out, "Neg.inner");
            writeExpr_Add(add, out);
            Codecs.exit(out);
        } else if (inner instanceof Expr.Neg neg) {
            out.writeIndex(2);
            Codecs.enter(out, "Neg.inner");
            writeExpr_Neg(neg, out);
            Codecs.exit(out);
        } else {
            throw Codecs.unknownSubtype(inner, "Neg.inner");
        }
    }

    static Expr.Neg readExpr_Neg(Decoder in) throws IOException {
        try {
            Expr inner;
            int innerBranch = Codecs.unionIndex(in, 3, "Neg.inner");
            if (innerBranch == 0) {
                Codecs.enter(in, "Neg.inner");
                inner = Codecs.exit(in, readExpr_Lit(in));
            } else if (innerBranch == 1) {
                Codecs.enter(in, "Neg.inner");
                inner = Codecs.exit(in, readExpr_Add(in));
            } else {
                Codecs.enter(in, "Neg.inner");
                inner = Codecs.exit(in, readExpr_Neg(in));
            }
            return new Expr.Neg(inner);
        } catch (IOException e) {
            Codecs.failedIn(in, "inner");
            throw e;
        }
    }

    static void writeStructures_TreeNode(Structures.TreeNode value, Encoder out) throws
            IOException {
        Codecs.writeString(out, value.label(), "TreeNode.label");
        List<Structures.TreeNode> children = Codecs.nonNull(value.children(), "TreeNode.children");
        out.writeArrayStart();
        out.setItemCount(children.size());
        for (Structures.TreeNode item : children) {
            out.startItem();
            Codecs.enterRecord(out, item, "TreeNode.children[]");
            writeStructures_TreeNode(item, out);
            Codecs.exit(out);
        }
        out.writeArrayEnd();
    }

    static Structures.TreeNode readStructures_TreeNode(Decoder in) throws IOException {
        int field = 0;
        try {
            String label = in.readString();
            field = 1;
            long count = Codecs.arrayStart(in, 2, "TreeNode.children");
            List<Structures.TreeNode> children = new ArrayList<>(Codecs.capacity(count));
            long before = 0;
            for (; count != 0; before += count, count = Codecs.arrayNext(in, 2, "TreeNode.children")) {
                for (long i = 0; i < count; i++) {
                    try {
                        Codecs.enter(in, "TreeNode.children[]");
                        children.add(Codecs.exit(in, readStructures_TreeNode(in)));
                    } catch (IOException e) {
                        Codecs.failedAtItem(in, before + i);
                        throw e;
                    }
                }
            }
            return new Structures.TreeNode(label, children);
        } catch (IOException e_) {
            Codecs.failedIn(in, STRUCTURES_TREE_NODE_FIELDS[field]);
            throw e_;
        }
    }

    static void writeStructures_Link(Structures.Link value, Encoder out) throws IOException {
        out.writeInt(value.value());
        Structures.Link next = value.next();
        if (next == null) {
            out.writeIndex(0);
        } else {
            out.writeIndex(1);
            Codecs.enterRecord(out, next, "Link.next");
            writeStructures_Link(next, out);
            Codecs.exit(out);
        }
    }

    static Structures.Link readStructures_Link(Decoder in) throws IOException {
        int field = 0;
        try {
            int value = in.readInt();
            field = 1;
            Structures.Link next;
            if (Codecs.unionIndex(in, 2, "Link.next") == 0) {
                next = null;
            } else {
                Codecs.enter(in, "Link.next");
                next = Codecs.exit(in, readStructures_Link(in));
            }
            return new Structures.Link(value, next);
        } catch (IOException e) {
            Codecs.failedIn(in, STRUCTURES_LINK_FIELDS[field]);
            throw e;
        }
    }
}
