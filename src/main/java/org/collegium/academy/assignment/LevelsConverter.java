package org.collegium.academy.assignment;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a choice of rubric levels ("2,0,1") in one column; an empty choice is null. */
@Converter
class LevelsConverter implements AttributeConverter<List<Integer>, String> {

    @Override
    public String convertToDatabaseColumn(List<Integer> levels) {
        return levels == null || levels.isEmpty() ? null
                : levels.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public List<Integer> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? List.of()
                : Arrays.stream(column.split(",")).map(Integer::valueOf).toList();
    }
}
