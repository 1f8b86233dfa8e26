package io.github.ntmlib.ocop.sheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The JSON layout of a scoring-sheet data file, one record per level. Package-private: the public
 * model is {@link Sheet}; these records only carry the file format (read by {@link SheetCatalog},
 * written by the converter in the test tree).
 */
final class SheetJson {

    private SheetJson() {
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"format", "instrument", "source", "number", "title", "branch", "group", "subgroup",
            "ministries", "knockOuts", "corrections", "parts"})
    record SheetFile(int format, String instrument, SourceRef source, int number, String title, String branch,
            String group, String subgroup, List<String> ministries, List<KnockOutJson> knockOuts,
            List<String> corrections, List<PartJson> parts) {
        SheetFile {
            ministries = copy(ministries);
            knockOuts = copy(knockOuts);
            corrections = copy(corrections);
            parts = copy(parts);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SourceRef(String decision, String appendix, int sheet, String text, int firstLine, int lastLine) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record KnockOutJson(String id, String kind, String text, List<String> zeroPointsIn) {
        KnockOutJson {
            zeroPointsIn = copy(zeroPointsIn);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PartJson(String code, String title, int points, List<String> corrections, List<GroupJson> groups) {
        PartJson {
            corrections = copy(corrections);
            groups = copy(groups);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record GroupJson(String code, String title, int points, List<String> corrections, List<SubgroupJson> subgroups,
            List<CriterionJson> criteria) {
        GroupJson {
            corrections = copy(corrections);
            subgroups = copy(subgroups);
            criteria = copy(criteria);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SubgroupJson(String code, String title, int points) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"code", "title", "points", "subgroup", "notes", "applicableWhen", "knockOuts",
            "corrections", "options"})
    record CriterionJson(String code, String title, int points, String subgroup, List<String> notes,
            ConditionJson applicableWhen, List<KnockOutJson> knockOuts, List<String> corrections,
            List<OptionJson> options) {
        CriterionJson {
            notes = copy(notes);
            knockOuts = copy(knockOuts);
            corrections = copy(corrections);
            options = copy(options);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ConditionJson(String criterion, List<Integer> notOptions, String text) {
        ConditionJson {
            notOptions = copy(notOptions);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"points", "marker", "label", "variant", "correction"})
    record OptionJson(int points, Integer marker, String label, String variant, String correction) {
    }
}
