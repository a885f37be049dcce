package com.hockeyhub.communication.alert;

import com.hockeyhub.shared.api.medical.MedicalEvents.InjuryChanged;
import com.hockeyhub.shared.event.EventEnvelope;
import com.hockeyhub.shared.event.EventHandler;
import com.hockeyhub.shared.event.EventTypes;
import org.springframework.stereotype.Component;

/** A severe injury (severity at or above {@code hockeyhub.communication.alerts.injury-severity}) raises an alert. */
@Component
class AlertEventHandlers {

    private final AlertService alerts;
    private final AlertProperties properties;

    AlertEventHandlers(AlertService alerts, AlertProperties properties) {
        this.alerts = alerts;
        this.properties = properties;
    }

    @EventHandler(type = EventTypes.MEDICAL_INJURY_REPORTED, name = "alert-injury")
    void injury(InjuryChanged injury, EventEnvelope envelope) {
        if (injury.severity() >= properties.injurySeverity()) {
            alerts.raiseForInjury(injury.organizationId(), injury.playerId(), injury.severity(),
                    "event:" + envelope.id());
        }
    }
}
