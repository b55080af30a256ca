package com.acme.shop;

import io.eventschema.codec.Codecs;
import io.eventschema.codec.EventCodec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Reads and writes {@link Containers} as Avro binary of schema {@code com.acme.shop.Containers}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class ContainersCodec implements EventCodec<Containers> {
    /**
     * The Avro schema in compact JSON, as registered.
     */
    public static final String SCHEMA_JSON = "{\"type\":\"record\",\"name\":\"Containers\",\"namespace\":\"com.acme.shop\",\"doc\":\"Every container: arrays from lists, sets, collections and Java arrays; maps; nulls inside.\",\"fields\":[{\"name\":\"names\",\"type\":{\"type\":\"array\",\"items\":\"string\"}},{\"name\":\"statuses\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"enum\",\"name\":\"Status\",\"doc\":\"Where an order stands.\",\"symbols\":[\"OPEN\",\"PAID\",\"SHIPPED\",\"UNKNOWN\"],\"default\":\"UNKNOWN\"}}},{\"name\":\"ids\",\"type\":{\"type\":\"array\",\"items\":\"long\"}},{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":\"string\"}},{\"name\":\"scores\",\"type\":{\"type\":\"array\",\"items\":\"int\"}},{\"name\":\"weights\",\"type\":{\"type\":\"array\",\"items\":\"double\"}},{\"name\":\"flags\",\"type\":{\"type\":\"array\",\"items\":\"boolean\"}},{\"name\":\"smalls\",\"type\":{\"type\":\"array\",\"items\":\"int\"}},{\"name\":\"addresses\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"Address\",\"fields\":[{\"name\":\"street\",\"type\":\"string\"},{\"name\":\"city\",\"type\":\"string\"}]}}},{\"name\":\"sparse\",\"type\":{\"type\":\"array\",\"items\":[\"null\",\"string\"]}},{\"name\":\"counts\",\"type\":{\"type\":\"map\",\"values\":[\"null\",\"int\"]}},{\"name\":\"matrix\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":\"int\"}}},{\"name\":\"nested\",\"type\":{\"type\":\"map\",\"values\":{\"type\":\"map\",\"values\":\"double\"}}},{\"name\":\"byName\",\"type\":{\"type\":\"map\",\"values\":\"Address\"}},{\"name\":\"unique\",\"type\":{\"type\":\"array\",\"items\":\"string\"}}]}";

    public static final Schema SCHEMA = new Schema.Parser().parse(SCHEMA_JSON);

    public static final ContainersCodec INSTANCE = new ContainersCodec();

    private static final Status[] STATUS_SYMBOLS = Status.values();

    /**
     * The fields of Containers, by position: which one a failed read was in.
     */
    private static final String[] CONTAINERS_FIELDS = {"names", "statuses", "ids", "tags", "scores", "weights", "flags", "smalls", "addresses", "sparse", "counts", "matrix", "nested", "byName", "unique"};

    /**
     * The fields of Address, by position: which one a failed read was in.
     */
    private static final String[] ADDRESS_FIELDS = {"street", "city"};

    private ContainersCodec() {
    }

    @Override
    public Class<Containers> type() {
        return Containers.class;
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
    public void encode(Containers value, Encoder out) throws IOException {
        writeContainers(Codecs.nonNull(value, "Containers"), out);
    }

    @Override
    public Containers decode(Decoder in) throws IOException {
        return readContainers(in);
    }

    static void writeContainers(Containers value, Encoder out) throws IOException {
        Codecs.writeStringArray(out, value.names(), "names");
        Set<Status> statuses = Codecs.nonNull(value.statuses(), "statuses");
        out.writeArrayStart();
        out.setItemCount(statuses.size());
        for (Status item : statuses) {
            out.startItem();
            Codecs.writeEnum(out, item, "statuses[]");
        }
        out.writeArrayEnd();
        Collection<Long> ids = Codecs.nonNull(value.ids(), "ids");
        out.writeArrayStart();
        out.setItemCount(ids.size());
        for (Long item_ : ids) {
            out.startItem();
            out.writeLong(Codecs.nonNull(item_, "ids[]"));
        }
        out.writeArrayEnd();
        String[] tags = Codecs.nonNull(value.tags(), "tags");
        out.writeArrayStart();
        out.setItemCount(tags.length);
        for (String item__ : tags) {
            out.startItem();
            Codecs.writeString(out, item__, "tags[]");
        }
        out.writeArrayEnd();
        int[] scores = Codecs.nonNull(value.scores(), "scores");
        out.writeArrayStart();
        out.setItemCount(scores.length);
        for (int item___ : scores) {
            out.startItem();
            out.writeInt(item___);
        }
        out.writeArrayEnd();
        double[] weights = Codecs.nonNull(value.weights(), "weights");
        out.writeArrayStart();
        out.setItemCount(weights.length);
        for (double item____ : weights) {
            out.startItem();
            out.writeDouble(item____);
        }
        out.writeArrayEnd();
        boolean[] flags = Codecs.nonNull(value.flags(), "flags");
        out.writeArrayStart();
        out.setItemCount(flags.length);
        for (boolean item_____ : flags) {
            out.startItem();
            out.writeBoolean(item_____);
        }
        out.writeArrayEnd();
        short[] smalls = Codecs.nonNull(value.smalls(), "smalls");
        out.writeArrayStart();
        out.setItemCount(smalls.length);
        for (short item______ : smalls) {
            out.startItem();
            out.writeInt(item______);
        }
        out.writeArrayEnd();
        Address[] addresses = Codecs.nonNull(value.addresses(), "addresses");
        out.writeArrayStart();
        out.setItemCount(addresses.length);
        for (Address item_______ : addresses) {
            out.startItem();
            Codecs.enterRecord(out, item_______, "addresses[]");
            writeAddress(item_______, out);
            Codecs.exit(out);
        }
        out.writeArrayEnd();
        List<String> sparse = Codecs.nonNull(value.sparse(), "sparse");
        out.writeArrayStart();
        out.setItemCount(sparse.size());
        for (String item________ : sparse) {
            out.startItem();
            Codecs.writeNullableString(out, item________);
        }
        out.writeArrayEnd();
        Map<String, Integer> counts = Codecs.nonNull(value.counts(), "counts");
        out.writeMapStart();
        out.setItemCount(counts.size());
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            out.startItem();
            out.writeString(Codecs.nonNull(entry.getKey(), "counts key"));
            Codecs.writeNullableInt(out, entry.getValue());
        }
        out.writeMapEnd();
        List<List<Integer>> matrix = Codecs.nonNull(value.matrix(), "matrix");
        out.writeArrayStart();
        out.setItemCount(matrix.size());
        for (List<Integer> item_________ : matrix) {
            out.startItem();
            List<Integer> item__________ = Codecs.nonNull(item_________, "matrix[]");
            out.writeArrayStart();
            out.setItemCount(item__________.size());
            for (Integer item___________ : item__________) {
                out.startItem();
                out.writeInt(Codecs.nonNull(item___________, "matrix[][]"));
            }
            out.writeArrayEnd();
        }
        out.writeArrayEnd();
        Map<String, Map<String, Double>> nested = Codecs.nonNull(value.nested(), "nested");
        out.writeMapStart();
        out.setItemCount(nested.size());
        for (Map.Entry<String, Map<String, Double>> entry_ : nested.entrySet()) {
            out.startItem();
            out.writeString(Codecs.nonNull(entry_.getKey(), "nested key"));
            Map<String, Double> value_ = Codecs.nonNull(entry_.getValue(), "nested value");
            out.writeMapStart();
            out.setItemCount(value_.size());
            for (Map.Entry<String, Double> entry__ : value_.entrySet()) {
                out.startItem();
                out.writeString(Codecs.nonNull(entry__.getKey(), "nested value key"));
                out.writeDouble(Codecs.nonNull(entry__.getValue(), "nested value value"));
            }
            out.writeMapEnd();
        }
        out.writeMapEnd();
        Map<String, Address> byName = Codecs.nonNull(value.byName(), "byName");
        out.writeMapStart();
        out.setItemCount(byName.size());
        for (Map.Entry<String, Address> entry___ : byName.entrySet()) {
            out.startItem();
            out.writeString(Codecs.nonNull(entry___.getKey(), "byName key"));
            Codecs.enterRecord(out, entry___.getValue(), "byName value");
            writeAddress(entry___.getValue(), out);
            Codecs.exit(out);
        }
        out.writeMapEnd();
        Codecs.writeStringArray(out, value.unique(), "unique");
    }

    static Containers readContainers(Decoder in) throws IOException {
        int field = 0;
        try {
            List<String> names = Codecs.readStringList(in, "names");
            field = 1;
            long count = Codecs.arrayStart(in, 1, "statuses");
            LinkedHashSet<Status> statuses = new LinkedHashSet<>(Codecs.capacity(count));
            long before = 0;
            for (; count != 0; before += count, count = Codecs.arrayNext(in, 1, "statuses")) {
                for (long i = 0; i < count; i++) {
                    try {
                        statuses.add((Status) Codecs.readSymbol(in, STATUS_SYMBOLS, "statuses[]"));
                    } catch (IOException e) {
                        Codecs.failedAtItem(in, before + i);
                        throw e;
                    }
                }
            }
            field = 2;
            long count_ = Codecs.arrayStart(in, 1, "ids");
            Collection<Long> ids = new ArrayList<>(Codecs.capacity(count_));
            long before_ = 0;
            for (; count_ != 0; before_ += count_, count_ = Codecs.arrayNext(in, 1, "ids")) {
                for (long i_ = 0; i_ < count_; i_++) {
                    try {
                        ids.add(in.readLong());
                    } catch (IOException e_) {
                        Codecs.failedAtItem(in, before_ + i_);
                        throw e_;
                    }
                }
            }
            field = 3;
            long count__ = Codecs.arrayStart(in, 1, "tags");
            List<String> tagsItems = new ArrayList<>(Codecs.capacity(count__));
            long before__ = 0;
            for (; count__ != 0; before__ += count__, count__ = Codecs.arrayNext(in, 1, "tags")) {
                for (long i__ = 0; i__ < count__; i__++) {
                    try {
                        tagsItems.add(in.readString());
                    } catch (IOException e__) {
                        Codecs.failedAtItem(in, before__ + i__);
                        throw e__;
                    }
                }
            }
            String[] tags = tagsItems.toArray(new String[0]);
            field = 4;
            long count___ = Codecs.arrayStart(in, 1, "scores");
            List<Integer> scoresItems = new ArrayList<>(Codecs.capacity(count___));
            long before___ = 0;
            for (; count___ != 0; before___ += count___, count___ = Codecs.arrayNext(in, 1, "scores")) {
                for (long i___ = 0; i___ < count___; i___++) {
                    try {
                        scoresItems.add(in.readInt());
                    } catch (IOException e___) {
                        Codecs.failedAtItem(in, before___ + i___);
                        throw e___;
                    }
                }
            }
            int[] scores = new int[scoresItems.size()];
            for (int k = 0; k < scores.length; k++) {
                scores[k] = scoresItems.get(k);
            }
            field = 5;
            long count____ = Codecs.arrayStart(in, 8, "weights");
            List<Double> weightsItems = new ArrayList<>(Codecs.capacity(count____));
            long before____ = 0;
            for (; count____ != 0; before____ += count____, count____ = Codecs.arrayNext(in, 8, "weights")) {
                for (long i____ = 0; i____ < count____; i____++) {
                    try {
                        weightsItems.add(in.readDouble());
                    } catch (IOException e____) {
                        Codecs.failedAtItem(in, before____ + i____);
                        throw e____;
                    }
                }
            }
            double[] weights = new double[weightsItems.size()];
            for (int k_ = 0; k_ < weights.length; k_++) {
                weights[k_] = weightsItems.get(k_);
            }
            field = 6;
            long count_____ = Codecs.arrayStart(in, 1, "flags");
            List<Boolean> flagsItems = new ArrayList<>(Codecs.capacity(count_____));
            long before_____ = 0;
            for (; count_____ != 0; before_____ += count_____, count_____ = Codecs.arrayNext(in, 1, "flags")) {
                for (long i_____ = 0; i_____ < count_____; i_____++) {
                    try {
                        flagsItems.add(in.readBoolean());
                    } catch (IOException e_____) {
                        Codecs.failedAtItem(in, before_____ + i_____);
                        throw e_____;
                    }
                }
            }
            boolean[] flags = new boolean[flagsItems.size()];
            for (int k__ = 0; k__ < flags.length; k__++) {
                flags[k__] = flagsItems.get(k__);
            }
            field = 7;
            long count______ = Codecs.arrayStart(in, 1, "smalls");
            List<Short> smallsItems = new ArrayList<>(Codecs.capacity(count______));
            long before______ = 0;
            for (; count______ != 0; before______ += count______, count______ = Codecs.arrayNext(in, 1, "smalls")) {
                for (long i______ = 0; i______ < count______; i______++) {
                    try {
                        smallsItems.add(Codecs.toShort(in.readInt(), "smalls[]"));
                    } catch (IOException e______) {
                        Codecs.failedAtItem(in, before______ + i______);
                        throw e______;
                    }
                }
            }
            short[] smalls = new short[smallsItems.size()];
            for (int k___ = 0; k___ < smalls.length; k___++) {
                smalls[k___] = smallsItems.get(k___);
            }
            field = 8;
            long count_______ = Codecs.arrayStart(in, 2, "addresses");
            List<Address> addressesItems = new ArrayList<>(Codecs.capacity(count_______));
            long before_______ = 0;
            for (; count_______ != 0; before_______ += count_______, count_______ = Codecs.arrayNext(in, 2, "addresses")) {
                for (long i_______ = 0; i_______ < count_______; i_______++) {
                    try {
                        Codecs.enter(in, "addresses[]");
                        addressesItems.add(Codecs.exit(in, readAddress(in)));
                    } catch (IOException e_______) {
                        Codecs.failedAtItem(in, before_______ + i_______);
                        throw e_______;
                    }
                }
            }
            Address[] addresses = addressesItems.toArray(new Address[0]);
            field = 9;
            long count________ = Codecs.arrayStart(in, 1, "sparse");
            List<String> sparse = new ArrayList<>(Codecs.capacity(count________));
            long before________ = 0;
            for (; count________ != 0; before________ += count________, count________ = Codecs.arrayNext(in, 1, "sparse")) {
                for (long i________ = 0; i________ < count________; i________++) {
                    try {
                        sparse.add(Codecs.readNullableString(in, "sparse[]"));
                    } catch (IOException e________) {
                        Codecs.failedAtItem(in, before________ + i________);
                        throw e________;
                    }
                }
            }
            field = 10;
            long count_________ = Codecs.mapStart(in, 2, "counts");
            Map<String, Integer> counts = new LinkedHashMap<>(Codecs.capacity(count_________));
            for (; count_________ != 0; count_________ = Codecs.mapNext(in, 2, "counts")) {
                for (long i_________ = 0; i_________ < count_________; i_________++) {
                    String key = in.readString();
                    try {
                        counts.put(key, Codecs.readNullableInt(in, "counts value"));
                    } catch (IOException e_________) {
                        Codecs.failedAtKey(in, key);
                        throw e_________;
                    }
                }
            }
            field = 11;
            long count__________ = Codecs.arrayStart(in, 1, "matrix");
            List<List<Integer>> matrix = new ArrayList<>(Codecs.capacity(count__________));
            long before_________ = 0;
            for (; count__________ != 0; before_________ += count__________, count__________ = Codecs.arrayNext(in, 1, "matrix")) {
                for (long i__________ = 0; i__________ < count__________; i__________++) {
                    try {
                        long count___________ = Codecs.arrayStart(in, 1, "matrix[]");
                        List<Integer> item_________ = new ArrayList<>(Codecs.capacity(count___________));
                        long before__________ = 0;
                        for (; count___________ != 0; before__________ += count___________, count___________ = Codecs.arrayNext(in, 1, "matrix[]")) {
                            for (long i___________ = 0; i___________ < count___________; i___________++) {
                                try {
                                    item_________.add(in.readInt());
                                } catch (IOException e__________) {
                                    Codecs.failedAtItem(in, before__________ + i___________);
                                    throw e__________;
                                }
                            }
                        }
                        matrix.add(item_________);
                    } catch (IOException e___________) {
                        Codecs.failedAtItem(in, before_________ + i__________);
                        throw e___________;
                    }
                }
            }
            field = 12;
            long count____________ = Codecs.mapStart(in, 2, "nested");
            Map<String, Map<String, Double>> nested = new LinkedHashMap<>(Codecs.capacity(count____________));
            for (; count____________ != 0; count____________ = Codecs.mapNext(in, 2, "nested")) {
                for (long i____________ = 0; i____________ < count____________; i____________++) {
                    String key_ = in.readString();
                    try {
                        long count_____________ = Codecs.mapStart(in, 9, "nested value");
                        Map<String, Double> value_ = new LinkedHashMap<>(Codecs.capacity(count_____________));
                        for (; count_____________ != 0; count_____________ = Codecs.mapNext(in, 9, "nested value")) {
                            for (long i_____________ = 0; i_____________ < count_____________; i_____________++) {
                                String key__ = in.readString();
                                try {
                                    value_.put(key__, in.readDouble());
                                } catch (IOException e____________) {
                                    Codecs.failedAtKey(in, key__);
                                    throw e____________;
                                }
                            }
                        }
                        nested.put(key_, value_);
                    } catch (IOException e_____________) {
                        Codecs.failedAtKey(in, key_);
                        throw e_____________;
                    }
                }
            }
            field = 13;
            long count______________ = Codecs.mapStart(in, 3, "byName");
            Map<String, Address> byName = new LinkedHashMap<>(Codecs.capacity(count______________));
            for (; count______________ != 0; count______________ = Codecs.mapNext(in, 3, "byName")) {
                for (long i______________ = 0; i______________ < count______________; i______________++) {
                    String key___ = in.readString();
                    try {
                        Codecs.enter(in, "byName value");
                        byName.put(key___, Codecs.exit(in, readAddress(in)));
                    } catch (IOException e______________) {
                        Codecs.failedAtKey(in, key___);
                        throw e______________;
                    }
                }
            }
            field = 14;
            long count_______________ = Codecs.arrayStart(in, 1, "unique");
            LinkedHashSet<String> unique = new LinkedHashSet<>(Codecs.capacity(count_______________));
            long before___________ = 0;
            for (; count_______________ != 0; before___________ += count_______________, count_______________ = Codecs.arrayNext(in, 1, "unique")) {
                for (long i_______________ = 0; i_______________ < count_______________; i_______________++) {
                    try {
                        unique.add(in.readString());
                    } catch (IOException e_______________) {
                        Codecs.failedAtItem(in, before___________ + i_______________);
                        throw e_______________;
                    }
                }
            }
            return new Containers(names, statuses, ids, tags, scores, weights, flags, smalls, addresses, sparse, counts, matrix, nested, byName, unique);
        } catch (IOException e________________) {
            Codecs.failedIn(in, CONTAINERS_FIELDS[field]);
            throw e________________;
        }
    }

    static void writeAddress(Address value, Encoder out) throws IOException {
        Codecs.writeString(out, value.street(), "Address.street");
        Codecs.writeString(out, value.city(), "Address.city");
    }

    static Address readAddress(Decoder in) throws IOException {
        int field = 0;
        try {
            String street = in.readString();
            field = 1;
            String city = in.readString();
            return new Address(street, city);
        } catch (IOException e) {
            Codecs.failedIn(in, ADDRESS_FIELDS[field]);
            throw e;
        }
    }
}
