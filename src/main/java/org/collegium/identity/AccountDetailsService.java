package org.collegium.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the principal for sign-in, by e-mail address, case-insensitively.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Roles roles;

    AccountDetailsService(AccountRepository accounts, Roles roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmailKey(Account.keyOf(email))
                .map(account -> SignedInAccount.of(account, roles.isPlatformAdministrator(account.id())))
                .orElseThrow(() -> new UsernameNotFoundException("No account for this address"));
    }
}
