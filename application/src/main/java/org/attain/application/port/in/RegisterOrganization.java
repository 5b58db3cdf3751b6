package org.attain.application.port.in;

import java.util.List;
import org.attain.domain.organization.AdminContact;
import org.attain.domain.organization.CountryCode;
import org.attain.domain.organization.Market;
import org.attain.domain.organization.Organization;
import org.attain.domain.shared.Guard;

/** An agent enrols a partner organization in the programme. */
public interface RegisterOrganization {

  Organization register(Actor actor, Command command);

  record Command(String name, CountryCode country, Market market, List<AdminContact> admins) {
    public Command {
      Guard.present(country, "country");
      Guard.present(market, "market");
      admins = List.copyOf(Guard.present(admins, "admins"));
    }
  }
}
