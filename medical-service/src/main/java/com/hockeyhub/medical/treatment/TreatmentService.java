package com.hockeyhub.medical.treatment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.medical.access.MedicalResource;
import com.hockeyhub.medical.injury.Injury;
import com.hockeyhub.medical.injury.InjuryService;
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.Paging;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Treatments of an injury: recorded by medical staff, read with full access to the player. */
@Service
class TreatmentService {

    private static final Set<String> SORTABLE = Set.of("treatmentDate", "createdAt");

    private final InjuryService injuries;
    private final TreatmentRepository treatments;
    private final Clock clock;

    TreatmentService(InjuryService injuries, TreatmentRepository treatments, Clock clock) {
        this.injuries = injuries;
        this.treatments = treatments;
        this.clock = clock;
    }

    record AddTreatment(@NotNull @PastOrPresent LocalDate treatmentDate, @NotNull TreatmentType treatmentType,
                        @Size(max = 4000) String details, @Size(max = 200) String provider,
                        LocalDate nextAppointment) {
    }

    record TreatmentResponse(UUID id, UUID injuryId, UUID playerId, LocalDate treatmentDate,
                             TreatmentType treatmentType, String details, String provider, LocalDate nextAppointment,
                             UUID recordedBy, Instant createdAt) {

        static TreatmentResponse of(Treatment t) {
            return new TreatmentResponse(t.getId(), t.getInjuryId(), t.getPlayerId(), t.getTreatmentDate(),
                    t.getTreatmentType(), t.getDetails(), t.getProvider(), t.getNextAppointment(), t.getCreatedBy(),
                    t.getCreatedAt());
        }
    }

    @Transactional
    public TreatmentResponse add(CurrentUser user, UUID injuryId, AddTreatment request) {
        Injury injury = injuries.requireWritable(user, injuryId);
        if (request.treatmentDate().isBefore(injury.getInjuryDate())) {
            throw new InvalidRequestException("treatmentDate", "must not be before the injury date");
        }
        if (request.nextAppointment() != null && request.nextAppointment().isBefore(LocalDate.now(clock))) {
            throw new InvalidRequestException("nextAppointment", "must not be in the past");
        }
        return TreatmentResponse.of(treatments.save(new Treatment(injury.getOrganizationId(), injury.getId(),
                injury.getPlayerId(), request.treatmentDate(), request.treatmentType(), request.details(),
                request.provider(), request.nextAppointment())));
    }

    @Transactional
    public PageResponse<TreatmentResponse> list(CurrentUser user, UUID injuryId, Integer page, Integer size,
            List<String> sort) {
        injuries.read(user, injuryId, MedicalResource.TREATMENTS);
        return PageResponse.of(treatments.findByInjuryId(injuryId, Paging.pageable(page, size, sort, SORTABLE,
                Sort.by(Sort.Direction.DESC, "treatmentDate").and(Sort.by("id")))), TreatmentResponse::of);
    }
}
