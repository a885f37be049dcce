package com.hockeyhub.medical.returntoplay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.medical.access.MedicalAccessAudit;
import com.hockeyhub.medical.access.MedicalAccessPolicy;
import com.hockeyhub.medical.access.MedicalResource;
import com.hockeyhub.medical.availability.AvailabilityChange;
import com.hockeyhub.medical.availability.AvailabilityService;
import com.hockeyhub.medical.availability.AvailabilitySource;
import com.hockeyhub.medical.availability.AvailabilityStatus;
import com.hockeyhub.medical.clearance.ClearanceService;
import com.hockeyhub.medical.clearance.ClearanceStatus;
import com.hockeyhub.medical.injury.Injury;
import com.hockeyhub.medical.injury.InjuryService;
import com.hockeyhub.medical.injury.InjuryService.InjuryAccess;
import com.hockeyhub.medical.roster.PlayerRef;
import com.hockeyhub.medical.roster.RosterService;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.BusinessRuleException;
import com.hockeyhub.shared.web.ConflictException;
import com.hockeyhub.shared.web.InvalidRequestException;
import com.hockeyhub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return-to-play protocols: one per injury, phases in order (none skipped), each left only with its criteria
 * recorded. Clearance decides availability: restricted puts the player on load management, full (at game ready)
 * completes the protocol, recovers the injury and makes the player available.
 */
@Service
public class ReturnToPlayService {

    private final ProtocolRepository protocols;
    private final PhaseRecordRepository phases;
    private final InjuryService injuries;
    private final ClearanceService clearances;
    private final AvailabilityService availability;
    private final RosterService roster;
    private final MedicalAccessAudit audit;
    private final MedicalAccessPolicy policy;
    private final Clock clock;

    ReturnToPlayService(ProtocolRepository protocols, PhaseRecordRepository phases, InjuryService injuries,
            ClearanceService clearances, AvailabilityService availability, RosterService roster,
            MedicalAccessAudit audit, MedicalAccessPolicy policy, Clock clock) {
        this.protocols = protocols;
        this.phases = phases;
        this.injuries = injuries;
        this.clearances = clearances;
        this.availability = availability;
        this.roster = roster;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    public record ProtocolView(ReturnToPlayProtocol protocol, List<PhaseRecord> phases) {
    }

    @Transactional
    public ProtocolView start(CurrentUser user, UUID injuryId, LocalDate startedOn, String notes) {
        Injury injury = injuries.requireWritable(user, injuryId);
        if (!injury.isOpen()) {
            throw new ConflictException("The injury is already recovered");
        }
        if (protocols.findByInjuryId(injuryId).isPresent()) {
            throw new ConflictException("The injury already has a return-to-play protocol");
        }
        LocalDate start = startedOn != null ? startedOn : LocalDate.now(clock);
        if (start.isBefore(injury.getInjuryDate())) {
            throw new InvalidRequestException("startedOn", "must not be before the injury date");
        }
        ReturnToPlayProtocol protocol = protocols.saveAndFlush(new ReturnToPlayProtocol(injury.getOrganizationId(),
                injury.getPlayerId(), injuryId, start, notes));
        phases.save(new PhaseRecord(protocol.getId(), Phase.REST, start));
        injuries.markRecovering(injury);
        return view(protocol);
    }

    @Transactional
    public ProtocolView read(CurrentUser user, UUID protocolId) {
        ReturnToPlayProtocol protocol = protocols.findById(protocolId)
                .orElseThrow(() -> new NotFoundException("Return-to-play protocol", protocolId));
        if (!user.isPlatformWide() && !protocol.getOrganizationId().equals(user.organizationId())) {
            throw new NotFoundException("Return-to-play protocol", protocolId);
        }
        InjuryAccess access = injuries.requireReadable(user, protocol.getInjuryId());
        audit.playerRead(user, access.access(), MedicalResource.RETURN_TO_PLAY, protocolId);
        return view(protocol);
    }

    @Transactional
    public ProtocolView readByInjury(CurrentUser user, UUID injuryId) {
        InjuryAccess access = injuries.requireReadable(user, injuryId);
        ReturnToPlayProtocol protocol = protocols.findByInjuryId(injuryId).orElseThrow(() ->
                new NotFoundException("The injury has no return-to-play protocol"));
        audit.playerRead(user, access.access(), MedicalResource.RETURN_TO_PLAY, protocol.getId());
        return view(protocol);
    }

    /** Moves to the next phase; the current phase's criteria must all be recorded as met. */
    @Transactional
    public ProtocolView advance(CurrentUser user, UUID protocolId, Phase to, List<String> criteriaMet,
            String assessment) {
        ReturnToPlayProtocol protocol = writable(user, protocolId);
        Phase current = protocol.getCurrentPhase();
        if (current.next() == null) {
            throw new ConflictException("The protocol is at its last phase; give full clearance to complete it");
        }
        if (to != current.next()) {
            throw new BusinessRuleException("Phases cannot be skipped or repeated: from " + current.value()
                    + " the next phase is " + current.next().value());
        }
        Set<String> given = new LinkedHashSet<>(criteriaMet == null ? List.of() : criteriaMet);
        Set<String> unknown = new LinkedHashSet<>(given);
        unknown.removeAll(current.exitCriteria());
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException("criteriaMet", "unknown criteria for phase " + current.value() + ": "
                    + unknown + "; expected " + current.exitCriteria());
        }
        List<String> missing = current.exitCriteria().stream().filter(c -> !given.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("Leaving phase " + current.value() + " requires the criteria "
                    + missing + " to be recorded as met");
        }
        LocalDate today = LocalDate.now(clock);
        PhaseRecord record = phases.findByProtocolIdAndPhase(protocolId, current).orElseThrow();
        record.complete(today, current.exitCriteria(), assessment, user.id());
        phases.save(record);
        phases.save(new PhaseRecord(protocolId, to, today));
        protocol.moveTo(to);
        protocols.save(protocol);
        return view(protocol);
    }

    /** Records a clearance decision; see the class comment for what each level does to availability. */
    @Transactional
    public ProtocolView clear(CurrentUser user, UUID protocolId, ClearanceLevel level, String notes) {
        ReturnToPlayProtocol protocol = writable(user, protocolId);
        Injury injury = injuries.requireWritable(user, protocol.getInjuryId());
        PlayerRef player = roster.find(protocol.getPlayerId())
                .orElseThrow(() -> new NotFoundException("Player", protocol.getPlayerId()));
        LocalDate today = LocalDate.now(clock);
        switch (level) {
            case FULL -> {
                if (protocol.getCurrentPhase() != Phase.GAME_READY) {
                    throw new BusinessRuleException("Full clearance is given at phase game_ready; the protocol is at "
                            + protocol.getCurrentPhase().value());
                }
                protocol.clear(ClearanceLevel.FULL, today);
                protocols.save(protocol);
                clearances.record(protocol.getOrganizationId(), protocol.getPlayerId(), injury.getId(),
                        ClearanceStatus.CLEARED, notes, user.id(), today);
                injuries.recoverCleared(injury, today);
            }
            case RESTRICTED -> {
                if (protocol.getCurrentPhase().compareTo(Phase.NON_CONTACT) < 0) {
                    throw new BusinessRuleException("Restricted clearance is given from phase non_contact on; the "
                            + "protocol is at " + protocol.getCurrentPhase().value());
                }
                protocol.clear(ClearanceLevel.RESTRICTED, today);
                protocols.save(protocol);
                clearances.record(protocol.getOrganizationId(), protocol.getPlayerId(), injury.getId(),
                        ClearanceStatus.RESTRICTED, notes, user.id(), today);
                availability.change(player, new AvailabilityChange(AvailabilityStatus.LOAD_MANAGEMENT, today,
                        injury.getExpectedReturn() != null && !injury.getExpectedReturn().isBefore(today)
                                ? injury.getExpectedReturn() : null,
                        true, null, null, AvailabilitySource.RETURN_TO_PLAY, injury.getId()));
            }
            case NONE -> throw new InvalidRequestException("level", "must be restricted or full");
        }
        return view(protocol);
    }

    /** The player's protocol in progress, if any (for training restrictions). */
    @Transactional(readOnly = true)
    public Optional<ReturnToPlayProtocol> inProgressFor(UUID playerId) {
        return protocols.findByPlayerIdAndStatus(playerId, ProtocolStatus.IN_PROGRESS).stream()
                .min((a, b) -> a.getCurrentPhase().compareTo(b.getCurrentPhase()));
    }

    private ReturnToPlayProtocol writable(CurrentUser user, UUID protocolId) {
        policy.requireMedicalStaff(user); // the role first: 403 for other roles whether or not the protocol exists
        ReturnToPlayProtocol protocol = protocols.findById(protocolId)
                .orElseThrow(() -> new NotFoundException("Return-to-play protocol", protocolId));
        injuries.requireWritable(user, protocol.getInjuryId());
        if (!protocol.isInProgress()) {
            throw new ConflictException("The protocol is completed");
        }
        return protocol;
    }

    private ProtocolView view(ReturnToPlayProtocol protocol) {
        return new ProtocolView(protocol, phases.findByProtocolIdOrderByEnteredOnAscCreatedAtAsc(protocol.getId()));
    }
}
