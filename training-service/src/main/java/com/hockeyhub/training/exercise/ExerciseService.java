package com.hockeyhub.training.exercise;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The club's exercise library. */
@Service
public class ExerciseService {

    private final ExerciseRepository exercises;

    ExerciseService(ExerciseRepository exercises) {
        this.exercises = exercises;
    }

    @Transactional(readOnly = true)
    public Page<ExerciseResponse> list(UUID club, ExerciseCategory category, Pageable pageable) {
        Page<Exercise> page = category == null ? exercises.findByOrganizationId(club, pageable)
                : exercises.findByOrganizationIdAndCategory(club, category, pageable);
        return page.map(ExerciseResponse::of);
    }

    @Transactional(readOnly = true)
    public ExerciseResponse get(UUID club, UUID id) {
        return ExerciseResponse.of(require(club, id));
    }

    @Transactional
    public ExerciseResponse create(UUID club, ExerciseRequest request) {
        requireFreeName(club, request.name(), null);
        return ExerciseResponse.of(exercises.saveAndFlush(new Exercise(club, request)));
    }

    @Transactional
    public ExerciseResponse update(UUID club, UUID id, ExerciseRequest request) {
        Exercise exercise = require(club, id);
        requireFreeName(club, request.name(), id);
        exercise.describe(request);
        return ExerciseResponse.of(exercises.saveAndFlush(exercise));
    }

    @Transactional
    public void delete(UUID club, UUID id) {
        exercises.delete(require(club, id));
    }

    /** Every id must be an exercise of the club (400 naming {@code field} otherwise). */
    @Transactional(readOnly = true)
    public void requireAll(UUID club, Collection<UUID> ids, String field) {
        Set<UUID> wanted = new HashSet<>(ids);
        long found = exercises.findByOrganizationIdAndIdIn(club, wanted).size();
        if (found != wanted.size()) {
            throw new InvalidRequestException(field, "names an exercise that is not in the club's library");
        }
    }

    private void requireFreeName(UUID club, String name, UUID except) {
        if (exercises.nameTaken(club, name.trim(), except)) {
            throw new ConflictException("The club already has an exercise named " + name.trim());
        }
    }

    private Exercise require(UUID club, UUID id) {
        return exercises.findById(id).filter(e -> e.belongsTo(club))
                .orElseThrow(() -> new NotFoundException("Exercise", id));
    }
}
