package io.eventschema.maven;

import io.eventschema.Compatibility;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Each event's own {@code @Event(compatibility = ...)} level, read from the compiled classes.
 * {@code @Event} has class retention, so it is in the class file (RuntimeInvisibleAnnotations) but
 * not visible to reflection; this reads the class-file format directly (JVMS chapter 4), no
 * bytecode library. The event's full name is computed as the processor does: {@code namespace}
 * (default: the package) + "." + {@code name} (default: the simple name).
 */
final class EventLevels {
  static final String EVENT_DESCRIPTOR = "Lio/eventschema/Event;";
  private static final byte[] MARKER = EVENT_DESCRIPTOR.getBytes(StandardCharsets.UTF_8);
  private static final int MAGIC = 0xCAFEBABE;

  /** One event found in a class file. */
  record Found(String fullName, Compatibility level, String className) {}

  private EventLevels() {}

  /** Full name → level of every {@code @Event} class under {@code classesDirectory}. */
  static Map<String, Found> scan(Path classesDirectory) {
    Map<String, Found> levels = new TreeMap<>();
    if (!Files.isDirectory(classesDirectory)) {
      return levels;
    }
    List<Path> classes;
    try (Stream<Path> files = Files.walk(classesDirectory)) {
      classes = files.filter(p -> p.getFileName().toString().endsWith(".class")).sorted()
          .toList();
    } catch (IOException e) {
      throw new PluginException("cannot list " + classesDirectory + ": " + e.getMessage(), e);
    }
    for (Path file : classes) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new PluginException("cannot read " + file + ": " + e.getMessage(), e);
      }
      if (!contains(bytes, MARKER)) {
        continue;
      }
      Found found = read(bytes, file);
      if (found != null) {
        levels.put(found.fullName(), found);
      }
    }
    return levels;
  }

  /** The event a class file declares, or null when it carries no {@code @Event}. */
  static Found read(byte[] bytes, Path file) {
    try {
      return new Reader(bytes).event();
    } catch (IOException | RuntimeException e) {
      throw new PluginException("cannot read the @Event of " + file + " (not a valid class file?): "
          + e, e);
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Just enough of a class-file reader: constant pool, this class, class attributes. */
  private static final class Reader {
    private final DataInputStream in;
    private Object[] pool;

    Reader(byte[] bytes) {
      this.in = new DataInputStream(new ByteArrayInputStream(bytes));
    }

    Found event() throws IOException {
      if (in.readInt() != MAGIC) {
        throw new IOException("no class-file magic number");
      }
      in.readUnsignedShort();
      in.readUnsignedShort();
      readPool();
      in.readUnsignedShort(); // access flags
      String binaryName = className(in.readUnsignedShort());
      in.readUnsignedShort(); // super class
      skip(2 * in.readUnsignedShort()); // interfaces
      skipMembers(); // fields
      skipMembers(); // methods
      String simpleName = null;
      String name = "";
      String namespace = "";
      Compatibility level = null;
      int attributes = in.readUnsignedShort();
      for (int i = 0; i < attributes; i++) {
        String attribute = utf8(in.readUnsignedShort());
        int length = in.readInt();
        if (attribute.equals("RuntimeInvisibleAnnotations")
            || attribute.equals("RuntimeVisibleAnnotations")) {
          int count = in.readUnsignedShort();
          for (int a = 0; a < count; a++) {
            boolean isEvent = utf8(in.readUnsignedShort()).equals(EVENT_DESCRIPTOR);
            int pairs = in.readUnsignedShort();
            if (isEvent && level == null) {
              level = Compatibility.BACKWARD;
            }
            for (int p = 0; p < pairs; p++) {
              String element = utf8(in.readUnsignedShort());
              Object value = elementValue();
              if (!isEvent) {
                continue;
              }
              switch (element) {
                case "name" -> name = String.valueOf(value);
                case "namespace" -> namespace = String.valueOf(value);
                case "compatibility" -> level = Compatibility.valueOf(String.valueOf(value));
                default -> { }
              }
            }
          }
        } else if (attribute.equals("InnerClasses")) {
          int count = in.readUnsignedShort();
          for (int c = 0; c < count; c++) {
            int inner = in.readUnsignedShort();
            in.readUnsignedShort();
            int innerName = in.readUnsignedShort();
            in.readUnsignedShort();
            if (innerName != 0 && className(inner).equals(binaryName)) {
              simpleName = utf8(innerName);
            }
          }
        } else {
          skip(length);
        }
      }
      if (level == null) {
        return null;
      }
      String javaName = binaryName.replace('/', '.');
      int dot = javaName.lastIndexOf('.');
      String pkg = dot < 0 ? "" : javaName.substring(0, dot);
      if (simpleName == null) {
        simpleName = javaName.substring(dot + 1);
      }
      String ns = namespace.isEmpty() ? pkg : namespace;
      String n = name.isEmpty() ? simpleName : name;
      return new Found(ns.isEmpty() ? n : ns + "." + n, level, javaName.replace('$', '.'));
    }

    private void readPool() throws IOException {
      int count = in.readUnsignedShort();
      pool = new Object[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> pool[i] = in.readUTF();
          case 7 -> pool[i] = new ClassRef(in.readUnsignedShort());
          case 3 -> pool[i] = in.readInt();
          case 4 -> pool[i] = in.readFloat();
          case 5 -> {
            pool[i] = in.readLong();
            i++;
          }
          case 6 -> {
            pool[i] = in.readDouble();
            i++;
          }
          case 8, 16, 19, 20 -> skip(2);
          case 15 -> skip(3);
          case 9, 10, 11, 12, 17, 18 -> skip(4);
          default -> throw new IOException("unknown constant-pool tag " + tag + " at " + i);
        }
      }
    }

    private void skipMembers() throws IOException {
      int count = in.readUnsignedShort();
      for (int i = 0; i < count; i++) {
        skip(6);
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          in.readUnsignedShort();
          skip(in.readInt());
        }
      }
    }

    /** An element value: enum → constant name, constants → their value, the rest skipped. */
    private Object elementValue() throws IOException {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's':
          return pool[in.readUnsignedShort()];
        case 'e':
          in.readUnsignedShort();
          return utf8(in.readUnsignedShort());
        case 'c':
          return utf8(in.readUnsignedShort());
        case '@':
          in.readUnsignedShort();
          int pairs = in.readUnsignedShort();
          for (int p = 0; p < pairs; p++) {
            in.readUnsignedShort();
            elementValue();
          }
          return null;
        case '[':
          int n = in.readUnsignedShort();
          for (int i = 0; i < n; i++) {
            elementValue();
          }
          return null;
        default:
          throw new IOException("unknown annotation element tag '" + (char) tag + "'");
      }
    }

    private String utf8(int index) throws IOException {
      if (index <= 0 || index >= pool.length || !(pool[index] instanceof String s)) {
        throw new IOException("constant " + index + " is not a UTF-8 entry");
      }
      return s;
    }

    private String className(int index) throws IOException {
      if (index <= 0 || index >= pool.length || !(pool[index] instanceof ClassRef ref)) {
        throw new IOException("constant " + index + " is not a class entry");
      }
      return utf8(ref.nameIndex());
    }

    private void skip(int n) throws IOException {
      if (n < 0 || in.skipBytes(n) != n) {
        throw new IOException("class file ends early");
      }
    }
  }

  private record ClassRef(int nameIndex) {}
}
