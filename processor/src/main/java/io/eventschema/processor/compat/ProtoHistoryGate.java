package io.eventschema.processor.compat;

import io.eventschema.Compatibility;
import io.eventschema.processor.Diagnostics;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.format.Refusals;
import io.eventschema.processor.format.protobuf.ProtobufBinding;
import io.eventschema.processor.format.protobuf.ProtobufBinding.Reserved;
import io.eventschema.processor.format.protobuf.ProtobufBinding.Sites;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The Protobuf half of the schema history: the released {@code .proto} files sit next to the
 * {@code .avsc} ones, in the same folder ({@link HistoryLocator}), as
 * {@code <full name>/v1.proto}, {@code v2.proto}, ... Each event's new {@code .proto} is compared
 * with them ({@link ProtoEvolution}) at the level on its {@code @Event}; every break is an error on
 * the record component responsible (a nested record's component for its fields), naming the field
 * path from the event, the version, and why. The numbers and names the versions used and the new
 * {@code .proto} does not are returned to be written as {@code reserved}, whatever the level.
 */
public final class ProtoHistoryGate {
  private static final Pattern VERSION_FILE = Pattern.compile("v([1-9][0-9]{0,8})\\.proto");
  /** A history file larger than this is refused (the processor's largest are a few KB). */
  static final long MAX_FILE_BYTES = 4L << 20;

  private final Filer filer;
  private final String option;
  private final Diagnostics diagnostics;
  private HistoryLocator.Location location;
  private boolean warned;

  public ProtoHistoryGate(Filer filer, Map<String, String> options, Diagnostics diagnostics) {
    this.filer = filer;
    this.option = options.get(HistoryLocator.OPTION);
    this.diagnostics = diagnostics;
  }

  /**
   * Checks {@code proto}, the new {@code .proto} of {@code event}, against its history.
   *
   * @param warnMissing whether to warn (once) about a configured history folder that does not
   *     exist; false when the Avro check of the same event warns already
   * @return what each message and enum must reserve, by full name
   */
  public Map<String, Reserved> check(TypeElement type, AnnotationMirror eventAnnotation,
      boolean warnMissing, EventModel event, String proto, Sites sites, Refusals refusals) {
    if (location == null) {
      location = HistoryLocator.locate(option, filer, ProtobufBinding.schemaResource(event));
    }
    if (location.problem() != null && warnMissing && !warned) {
      warned = true;
      diagnostics.warning(type, Message.HISTORY_NOT_FOUND, location.problem());
    }
    Optional<Path> folder = location.folder();
    if (folder.isEmpty()) {
      return Map.of();
    }
    String fullName = event.name().fullName();
    List<ProtoEvolution.Version> versions;
    try {
      versions = versions(folder.get(), fullName);
    } catch (ProtoSyntaxException e) {
      refusals.onEvent(Message.PROTO_HISTORY_INVALID, e.source() + ":" + e.line(),
          e.getMessage().substring(e.source().length() + String.valueOf(e.line()).length() + 3));
      return Map.of();
    }
    if (versions.isEmpty()) {
      return Map.of();
    }
    ProtoFile now = ProtoFile.parse(ProtobufBinding.schemaResource(event), proto);
    for (ProtoEvolution.Version v : versions) {
      if (v.file().message(fullName) == null) {
        refusals.onEvent(Message.PROTO_HISTORY_INVALID, folder.get().resolve(v.source()),
            "it defines no message " + fullName + ", the event's");
        return Map.of();
      }
    }
    Compatibility level = CompatibilityGate.level(eventAnnotation);
    ProtoEvolution.Result result = ProtoEvolution.compare(now, fullName, versions, level,
        sites::enumHasDefault);
    for (ProtoEvolution.Problem p : result.problems()) {
      FieldModel field = sites.field(p.message(), p.field());
      if (field != null) {
        refusals.onField(field, p.id(), p.args());
      } else {
        refusals.onEvent(p.id(), p.args());
      }
    }
    Map<String, Reserved> reserved = new LinkedHashMap<>();
    result.reserved().forEach((name, r) -> reserved.put(name, new Reserved(
        r.numbers().stream().map(x -> new ProtobufBinding.Range(x.from(), x.to())).toList(),
        r.names())));
    return reserved;
  }

  /**
   * The released {@code .proto} files of {@code fullName}, oldest first, each parsed.
   *
   * @throws ProtoSyntaxException for a misnamed, unreadable or unparsable file
   */
  static List<ProtoEvolution.Version> versions(Path root, String fullName) {
    Path dir = root.resolve(fullName);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    TreeMap<Integer, Path> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : (Iterable<Path>) list.sorted()::iterator) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".proto")) {
          continue;
        }
        Matcher m = VERSION_FILE.matcher(name);
        if (!m.matches()) {
          throw new ProtoSyntaxException(file.toString(), 1, "a history file must be named"
              + " v<N>.proto with N counting from 1 (v1.proto, v2.proto, ...)");
        }
        files.put(Integer.parseInt(m.group(1)), file);
      }
    } catch (IOException e) {
      throw new ProtoSyntaxException(dir.toString(), 1, "cannot list the folder: "
          + e.getMessage());
    }
    List<ProtoEvolution.Version> out = new ArrayList<>();
    for (Path file : files.values()) {
      String text;
      try {
        if (Files.size(file) > MAX_FILE_BYTES) {
          throw new ProtoSyntaxException(file.toString(), 1, "larger than " + MAX_FILE_BYTES
              + " bytes");
        }
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ProtoSyntaxException(file.toString(), 1, "cannot read: " + e.getMessage());
      }
      ProtoFile parsed = ProtoFile.parse(file.toString(), text);
      out.add(new ProtoEvolution.Version(fullName + "/" + file.getFileName(), parsed));
    }
    return out;
  }
}
