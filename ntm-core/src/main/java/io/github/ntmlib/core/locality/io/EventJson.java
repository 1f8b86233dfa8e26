package io.github.ntmlib.core.locality.io;

import io.github.ntmlib.base.Labels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ntmlib.base.internal.Limits;
import io.github.ntmlib.core.locality.ChangeEvent;
import io.github.ntmlib.core.locality.ChangeEvent.AbolishLevel;
import io.github.ntmlib.core.locality.ChangeEvent.Dissolve;
import io.github.ntmlib.core.locality.ChangeEvent.Establish;
import io.github.ntmlib.core.locality.ChangeEvent.Merge;
import io.github.ntmlib.core.locality.ChangeEvent.Move;
import io.github.ntmlib.core.locality.ChangeEvent.Predecessor;
import io.github.ntmlib.core.locality.ChangeEvent.Reclassify;
import io.github.ntmlib.core.locality.ChangeEvent.Rename;
import io.github.ntmlib.core.locality.ChangeEvent.Split;
import io.github.ntmlib.core.locality.Level;
import io.github.ntmlib.core.locality.Share;
import io.github.ntmlib.core.locality.UnitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Change events to and from JSON objects with a {@code type} field. */
final class EventJson {

    private EventJson() {
    }

    static ObjectNode toNode(ChangeEvent event, ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        if (event instanceof Merge) {
            Merge e = (Merge) event;
            n.put("type", "MERGE").put("date", e.date().toString()).put("successor", e.successor());
            ArrayNode list = n.putArray("predecessors");
            e.predecessors().forEach(p -> list.addObject().put("code", p.code()).put("share", p.share().word()));
        } else if (event instanceof Split) {
            Split e = (Split) event;
            n.put("type", "SPLIT").put("date", e.date().toString()).put("predecessor", e.predecessor());
            e.successors().forEach(n.putArray("successors")::add);
        } else if (event instanceof Move) {
            Move e = (Move) event;
            n.put("type", "MOVE").put("date", e.date().toString()).put("code", e.code()).put("from", e.from())
                    .put("to", e.to());
        } else if (event instanceof Rename) {
            Rename e = (Rename) event;
            n.put("type", "RENAME").put("date", e.date().toString()).put("code", e.code()).put("oldName", e.oldName())
                    .put("newName", e.newName());
        } else if (event instanceof Reclassify) {
            Reclassify e = (Reclassify) event;
            n.put("type", "RECLASSIFY").put("date", e.date().toString()).put("code", e.code())
                    .put("from", e.from().name()).put("to", e.to().name());
        } else if (event instanceof Dissolve) {
            Dissolve e = (Dissolve) event;
            n.put("type", "DISSOLVE").put("date", e.date().toString()).put("code", e.code());
            e.successors().forEach(n.putArray("successors")::add);
        } else if (event instanceof Establish) {
            Establish e = (Establish) event;
            n.put("type", "ESTABLISH").put("date", e.date().toString()).put("code", e.code());
        } else {
            AbolishLevel e = (AbolishLevel) event;
            n.put("type", "ABOLISH_LEVEL").put("date", e.date().toString()).put("level", e.level().name());
            e.units().forEach(n.putArray("units")::add);
        }
        return n;
    }

    static ChangeEvent fromNode(JsonNode n, String source, String path) {
        String type = Fields.text(n, "type", source, path);
        LocalDate date = Fields.date(n, "date", source, path);
        try {
            switch (type) {
                case "MERGE":
                    List<Predecessor> predecessors = new ArrayList<>();
                    JsonNode list = Fields.array(n, "predecessors", source, path);
                    for (int i = 0; i < list.size(); i++) {
                        String at = path + "predecessors[" + i + "].";
                        String word = Fields.text(list.get(i), "share", source, at);
                        Share share = Share.fromWord(word).orElseThrow(
                                () -> Fields.missing(source, at, "share", Labels.of("cần 'full' hoặc 'partial', không phải "
                                        + Limits.quote(word), "'full' or 'partial' expected, not " + Limits.quote(word))));
                        predecessors.add(new Predecessor(Fields.text(list.get(i), "code", source, at), share));
                    }
                    return new Merge(date, Fields.text(n, "successor", source, path), predecessors);
                case "SPLIT":
                    return new Split(date, Fields.text(n, "predecessor", source, path),
                            Fields.texts(n, "successors", source, path));
                case "MOVE":
                    return new Move(date, Fields.text(n, "code", source, path), Fields.text(n, "from", source, path),
                            Fields.text(n, "to", source, path));
                case "RENAME":
                    return new Rename(date, Fields.text(n, "code", source, path),
                            Fields.text(n, "oldName", source, path), Fields.text(n, "newName", source, path));
                case "RECLASSIFY":
                    return new Reclassify(date, Fields.text(n, "code", source, path),
                            Fields.enumValue(n, "from", UnitKind.class, source, path),
                            Fields.enumValue(n, "to", UnitKind.class, source, path));
                case "DISSOLVE":
                    return new Dissolve(date, Fields.text(n, "code", source, path),
                            Fields.texts(n, "successors", source, path));
                case "ESTABLISH":
                    return new Establish(date, Fields.text(n, "code", source, path));
                case "ABOLISH_LEVEL":
                    return new AbolishLevel(date, Fields.enumValue(n, "level", Level.class, source, path),
                            Fields.texts(n, "units", source, path));
                default:
                    throw Fields.missing(source, path, "type", Labels.of("loại sự kiện không rõ " + Limits.quote(type),
                            "unknown event type " + Limits.quote(type)));
            }
        } catch (IllegalArgumentException e) {
            throw Fields.missing(source, path, "type", Labels.of(switch (type) {
                case "MERGE" -> "một lần sáp nhập cần có ít nhất một đơn vị cũ";
                case "SPLIT" -> "một lần chia tách cần có ít nhất hai đơn vị mới";
                default -> "sự kiện " + Limits.quote(type) + " không hợp lệ";
            }, Limits.reason(e)));
        }
    }
}
