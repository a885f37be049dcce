package com.hockeyhub.calendar.participant;

/** How many participants gave which answer; only accepted ones count towards {@code maxParticipants}. */
public record ParticipantCounts(long invited, long accepted, long declined, long tentative, long pending,
                                long waitlisted) {

    public static final ParticipantCounts NONE = new ParticipantCounts(0, 0, 0, 0, 0, 0);

    ParticipantCounts plus(RsvpStatus status, long n) {
        return new ParticipantCounts(invited + n,
                accepted + (status == RsvpStatus.ACCEPTED ? n : 0),
                declined + (status == RsvpStatus.DECLINED ? n : 0),
                tentative + (status == RsvpStatus.TENTATIVE ? n : 0),
                pending + (status == RsvpStatus.PENDING ? n : 0),
                waitlisted + (status == RsvpStatus.WAITLISTED ? n : 0));
    }
}
