# Partner2Connect pledges: English, the base locale.
# One message per user-facing string. Every other locale file has exactly the same message ids and
# the same $placeholders (a test checks it). Placeholders hold names typed by users, numbers or dates.
app-name = Partner2Connect pledges
itu-short = ITU
tagline = Partner2Connect Digital Coalition: commitments to connect the hardest to connect
skip-to-content = Skip to content
language = Language
footer-text = The Partner2Connect Digital Coalition is led by the International Telecommunication Union (ITU).
# The page description search engines show under the site name.
meta-description = Commitments by governments, companies, NGOs and universities to connect the hardest to connect, checked by ITU and published in the Partner2Connect pledge compendium.
nav-compendium = Pledge compendium
nav-new-pledge = New pledge
nav-my-pledges = Our pledges
nav-review = Review queue
sign-in = Sign in
sign-out = Sign out
signed-in-as = Signed in as { $name } ({ $organisation })
compendium-title = Pledge compendium
compendium-intro = Commitments to close the digital divide, published after ITU's due diligence.
compendium-count =
    { $count ->
        [one] { $count } published pledge
       *[other] { $count } published pledges
    }
compendium-empty = No pledges have been published yet.
loading = Loading…
by = by { $organisation }
published-on = Published { $date }
benefits = Benefits
field-title = Title
field-description = Description
field-type = Pledge type
field-focus-areas = Focus areas
field-benefits = Benefit to LDCs, LLDCs and SIDS
hint-title = One line that says what you commit to, e.g. "Connect 500 rural schools in Rwanda by 2027".
hint-description = What, where, for whom, by when, and with whom. Give numbers and dates so progress can be measured.
hint-focus-areas = Choose at least one.
hint-benefits = Say for each group whether, and how far, the pledge benefits it.
choose-type = Choose a type
new-pledge-title = Submit a pledge
new-pledge-intro = ITU reviewers check every pledge before it is published in the compendium.
submit-pledge = Submit for review
submitting = Submitting…
type-financial = Financial
type-project = Project
type-policy = Policy
type-advocacy = Advocacy
fa-access = Access
fa-access-meaning = Connecting people everywhere
fa-adoption = Adoption
fa-adoption-meaning = Empowering communities
fa-value-creation = Value creation
fa-value-creation-meaning = Building digital ecosystems
fa-accelerate = Accelerate
fa-accelerate-meaning = Incentivizing investments
group-ldc = Least Developed Countries (LDCs)
group-lldc = Landlocked Developing Countries (LLDCs)
group-sids = Small Island Developing States (SIDS)
group-ldc-short = LDC
group-lldc-short = LLDC
group-sids-short = SIDS
benefit-none = Not targeted
benefit-partly = Partly (one of several groups)
benefit-mainly = Primary beneficiary
status-draft = Draft
status-submitted = Submitted
status-in-review = In review
status-changes-requested = Changes requested
status-published = Published
status-rejected = Rejected
status-withdrawn = Withdrawn
my-pledges-title = Our organisation's pledges
my-pledges-empty = Your organisation has not submitted a pledge yet.
col-title = Title
col-type = Type
col-status = Status
col-organisation = Organisation
col-submitted = Submitted
col-actions = Actions
pledge-submitted-notice = Your pledge was submitted. ITU reviewers will check it before it is published.
review-title = Review queue
review-intro = Pledges waiting for due diligence, oldest first.
review-empty = No pledges are waiting for review.
approve = Approve and publish
approving = Publishing…
approved-notice = The pledge was approved and is now in the public compendium.
login-title = Sign in
login-intro = Sign in with the e-mail address your organisation registered.
email = E-mail address
password = Password
login-button = Sign in
err-invalid-credentials = The e-mail address or password is not correct.
err-not-signed-in = Please sign in to continue.
err-forbidden = Your account does not have permission to do this.
err-not-found = We could not find what you asked for.
err-conflict = Someone else changed this pledge a moment ago. The list now shows its current state.
err-invalid-transition = This is not possible in the pledge's current state.
err-own-organisation = You cannot review a pledge of your own organisation.
err-internal = Something went wrong on our side. Nothing you entered was lost; please try again.
err-validation = Please correct the fields marked below.
err-unavailable = The server could not be reached. Check your connection and try again.
v-title-length = The title must be between 5 and 200 characters.
v-description-length = The description must be between 20 and 10,000 characters.
v-type-required = Choose the type of pledge.
v-focus-area-required = Choose at least one focus area.
v-benefit-required = Say for each group whether the pledge benefits it.
v-email = Enter a valid e-mail address, such as name@example.org.
v-password-required = Enter your password.
not-found-title = Page not found
not-found-body = The page you asked for does not exist or has moved.
back-home = Go to the pledge compendium
st-government = Government
st-private-sector = Private sector
st-international-organisation = International organisation
st-un-entity = UN entity
st-financial-institution = International financial institution
st-civil-society = Civil society / NGO
st-academia = Academia
st-philanthropy = Philanthropy / foundation
st-youth = Youth organisation (Generation Connect)
region-africa = Africa
region-americas = Americas
region-arab-states = Arab States
region-asia-pacific = Asia-Pacific
region-cis = CIS
region-europe = Europe
kap-affordable-connectivity = Affordable connectivity
kap-digital-transformation = Digital transformation
kap-enabling-environment = Enabling policy and regulatory environment
kap-resource-mobilization = Resource mobilization and international cooperation
kap-inclusive-secure-ict = Inclusive and secure telecommunications/ICTs for sustainable development
sdg-1 = 1. No poverty
sdg-2 = 2. Zero hunger
sdg-3 = 3. Good health and well-being
sdg-4 = 4. Quality education
sdg-5 = 5. Gender equality
sdg-6 = 6. Clean water and sanitation
sdg-7 = 7. Affordable and clean energy
sdg-8 = 8. Decent work and economic growth
sdg-9 = 9. Industry, innovation and infrastructure
sdg-10 = 10. Reduced inequalities
sdg-11 = 11. Sustainable cities and communities
sdg-12 = 12. Responsible consumption and production
sdg-13 = 13. Climate action
sdg-14 = 14. Life below water
sdg-15 = 15. Life on land
sdg-16 = 16. Peace, justice and strong institutions
sdg-17 = 17. Partnerships for the goals
err-too-many-requests = Too many attempts. Please wait a few minutes and try again.
err-cross-site = This form was sent from another website, so it was refused. Nothing was changed.
err-too-large = What you sent is too large to be accepted.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# A date in running text, e.g. "23 November 2026". $day and $year are digits, $month is one of month-1 to month-12.
date-long = { $day } { $month } { $year }
# A moment, e.g. "23 November 2026, 14:05 UTC". $time is 24-hour hours:minutes.
date-time = { $date }, { $time } UTC

## Accounts, organisations and the coalition (issue 11)
nav-coalition = Coalition
nav-register = Register
nav-organisation = Our organisation
nav-coalition-desk = Coalition desk
nav-account = My account
role-stakeholder = Stakeholder
role-org-admin = Organisation admin
role-reviewer = ITU reviewer
role-admin = ITU admin
role-organiser = Roundtable organiser
constituency-generation-connect = Generation Connect (youth)
verification-pending = Awaiting verification by ITU
verification-verified = Verified by ITU
verification-rejected = Not verified
membership-pending = Waiting for approval
membership-active = Member
membership-declined = Declined
letter-submitted = Submitted, awaiting ITU
letter-accepted = Accepted: Focus Area Member
letter-declined = Declined
leader-applied = Application submitted
leader-nominated = Focus Area Leader
leader-declined = Application declined
leader-revoked = Leadership revoked
err-organisation-not-verified = This organisation has not been verified by ITU yet, so its pledges cannot be published.
err-email-not-verified = Please confirm your e-mail address first: open the link we sent you. You can ask for a new link below.
err-membership-pending = Your organisation's administrator has not approved your request to join yet. You will receive an e-mail when they do.
err-leader-seats-full = This focus area already has five Leaders. Revoke one before nominating another.
v-name = Enter your name (at most 120 characters).
v-org-name = Enter the organisation's name (2 to 200 characters).
v-org-description = Describe the organisation in 20 to 2,000 characters.
v-one-line = This field must fit on one line.
v-choice = Choose one of the options.
v-org-choice = Choose whether you register a new organisation or join an existing one.
v-email-taken = An account with this e-mail address already exists. Sign in, or reset your password.
v-org-taken = An organisation with this name is already registered. Ask to join it instead.
v-password-length = Use at least 10 and at most 128 characters.
v-password-weak = This password is too easy to guess. Use a longer phrase of unrelated words.
v-password-wrong = This is not your current password.
v-url = Enter a web address starting with https:// (or leave it empty).
v-statement = Describe your role in 50 to 5,000 characters.
v-commitment = Describe the commitment in 20 to 2,000 characters.
v-signatory = Enter 2 to 120 characters.
v-date = Enter a date between 1 January 2021 and today.
v-confirm = Tick this box to confirm.
v-reason = Give a reason (3 to 2,000 characters); the organisation will read it.
v-pdf = This file is not a PDF document. Attach the signed letter as a PDF.
v-pdf-too-large = The file is larger than 5 MB.
v-link-invalid = This link has expired or has already been used. Ask for a new one.
register-title = Register your organisation
register-intro = Create your account and register your organisation, or ask to join one that is already registered. We will send you a link to confirm your e-mail address.
register-about-you = About you
field-name = Your name
field-email = E-mail address
field-password = Password
hint-password = At least 10 characters. A phrase of several unrelated words is easy to remember and hard to guess.
field-language = Language for e-mails
register-organisation = Your organisation
org-choice-new = Register a new organisation
org-choice-join = Join an organisation that is already registered
field-org-name = Organisation name
field-stakeholder-type = Type of organisation
choose-option = Choose…
field-country = Country (headquarters)
field-website = Website (optional)
field-org-description = Short description of the organisation
field-join-organisation = Organisation to join
register-button = Register
register-apply-to-lead = Our organisation also applies to lead a focus area (optional).
register-done-title = Check your e-mail
register-done = We sent a link to confirm your e-mail address. Open it within 48 hours, then sign in.
verify-title = Confirm your e-mail address
verify-button = Confirm my e-mail address
verify-done = Your e-mail address is confirmed. You can now sign in.
resend-title = Send the link again
resend-intro = Enter your e-mail address and we will send a new confirmation link if the account still needs one.
resend-button = Send a new link
resend-done = If an account with this address needs confirming, a new link is on its way.
forgot-link = Forgot your password?
register-link = New here? Register your organisation
forgot-title = Reset your password
forgot-intro = Enter the e-mail address of your account. We will send you a link to choose a new password; it works for one hour.
forgot-button = Send the link
forgot-done = If an account with this address exists, a link to reset its password is on its way.
reset-title = Choose a new password
field-new-password = New password
reset-button = Save the new password
reset-done = Your password has been changed and every session was signed out. Sign in with the new password.
account-title = My account
account-password-title = Change password
field-current-password = Current password
change-password-button = Change password
change-password-done = Your password has been changed. Your other sessions were signed out.
account-email-title = Change e-mail address
field-new-email = New e-mail address
change-email-button = Send a confirmation link
change-email-done = We sent a link to the new address. The change takes effect when you open it.
confirm-email-title = Confirm your new e-mail address
confirm-email-button = Use this address
confirm-email-done = Your e-mail address has been changed.
org-title = Our organisation
org-status = Verification
org-reason = Reason given by ITU: { $reason }
join-requests-title = Requests to join
join-requests-empty = Nobody is waiting to join.
approve-button = Approve
decline-button = Decline
leader-title = Lead a focus area
leader-intro = Focus Area Leaders are nominated by ITU, at most five per focus area. Their top leader attends the Roundtable and speaks for the coalition.
field-focus-area = Focus area
field-constituency = Constituency
field-commitment = The impactful commitment you intend to make at the Roundtable
field-leader-will-attend = Our top leader will attend the Roundtable and speak for the coalition.
leader-apply-button = Apply to lead
leader-applied-done = Your application has been sent to ITU.
letter-title = Letter of intent
letter-intro = A letter of intent makes your organisation a Focus Area Member once ITU accepts it: you confirm that you will take an active part in preparing the Roundtable.
field-letter-areas = Focus areas
field-statement = The active role your organisation will play in preparing the Roundtable
field-signatory-name = Signatory's name
field-signatory-title = Signatory's title
field-signed-on = Date of signature
field-pdf = Signed letter (PDF, up to 5 MB, optional)
hint-pdf = If the form is refused, attach the file again.
letter-button = Submit the letter of intent
letter-done = Your letter of intent has been sent to ITU. We will tell you by e-mail when it is decided.
letter-open = Your organisation has a letter of intent that is submitted or accepted.
letters-title = Our letters of intent
download-pdf = Signed letter (PDF)
desk-title = Coalition desk
desk-organisations = Organisations awaiting verification
desk-organisations-empty = No organisation is waiting.
verify-org-button = Verify
reject-org-button = Reject
field-reason = Reason
desk-leaders = Focus Area Leaders and applications
desk-leaders-empty = No application or Leader yet.
nominate-button = Nominate
revoke-button = Revoke
desk-seats = { $area }: { $count } of 5 Leaders
desk-nominate-title = Nominate a Leader directly
field-organisation = Organisation
desk-letters = Letters of intent
desk-letters-empty = No letter is waiting.
accept-button = Accept
desk-people = People and roles
field-role = Role
set-role-button = Change role
saved = Saved.
col-country = Country
col-areas = Focus areas
col-person = Person
coalition-title = The Partner2Connect Digital Coalition
coalition-intro = Organisations that lead and take part in the coalition's four focus areas.
coalition-leaders = Leaders
coalition-members = Members
coalition-none = None yet.
mail-signature = Partner2Connect Digital Coalition, International Telecommunication Union
mail-verify-subject = Confirm your e-mail address for Partner2Connect
mail-verify-body = Dear { $name },

    Please confirm your e-mail address by opening this link within 48 hours:

    { $link }

    If you did not register, ignore this message.
mail-new-email-subject = Confirm your new e-mail address for Partner2Connect
mail-new-email-body = Dear { $name },

    Open this link within 24 hours to use this address for your Partner2Connect account:

    { $link }

    If you did not ask for this, ignore this message; nothing changes.
mail-reset-subject = Reset your Partner2Connect password
mail-reset-body = Dear { $name },

    Open this link within one hour to choose a new password:

    { $link }

    If you did not ask for this, ignore this message; your password stays the same.
mail-join-request-subject = { $person } asks to join { $organisation }
mail-join-request-body = Dear { $name },

    { $person } asks to join { $organisation } on Partner2Connect. Approve or decline the request here:

    { $link }
mail-join-decision-subject = Your request to join { $organisation }
mail-join-approved-body = Dear { $name },

    Your request to join { $organisation } has been approved. You can now sign in:

    { $link }
mail-join-declined-body = Dear { $name },

    Your request to join { $organisation } has been declined by its administrator.
mail-org-verified-subject = { $organisation } is verified
mail-org-verified-body = Dear { $name },

    ITU has verified { $organisation }. Its pledges can now be published once reviewed.
mail-org-rejected-subject = { $organisation } could not be verified
mail-org-rejected-body = Dear { $name },

    ITU could not verify { $organisation }. The reason given:

    { $reason }
mail-leader-subject = { $organisation } is a Focus Area Leader
mail-leader-body = Dear { $name },

    ITU has nominated { $organisation } as Leader of the focus area { $area }. See the coalition:

    { $link }
mail-letter-received-subject = Letter of intent received
mail-letter-received-body = Dear { $name },

    ITU has received the letter of intent of { $organisation }. We will write again when it is decided.
mail-letter-decided-subject = Your letter of intent: decision
mail-letter-accepted-body = Dear { $name },

    ITU has accepted the letter of intent of { $organisation }. It is now a Focus Area Member:

    { $link }
mail-letter-declined-body = Dear { $name },

    ITU has declined the letter of intent of { $organisation }. The reason given:

    { $reason }

## The full pledge (issue 12)
edit-pledge-title = Edit pledge
section-about = About the pledge
field-summary = Summary
hint-summary = One paragraph (20 to 600 characters) that the compendium shows under the title.
section-scope = Where the pledge works
hint-scope = The whole world, one or more ITU regions, and/or countries. Choose at least one.
field-scope-global = Global
field-scope-regions = ITU regions
field-scope-countries = Countries
search-countries = Search countries
chosen-countries = Chosen:
section-money = Money
hint-money = A financial pledge gives the amount committed; other pledges may give an estimated value.
field-amount = Amount
hint-amount = Digits, with a point or comma for decimals, e.g. 2500000.50
field-currency = Currency
choose-currency = Choose a currency
field-benefit-level = Benefit
field-benefit-share = Share of resources (%)
hint-benefit-share = Optional: a whole number from 0 to 100.
field-benefit-statement = How the group benefits
flags-heading = Check your LDC, LLDC and SIDS answers:
flags-on = Consistency of the benefit claim, judged on { $date }:
flag-ldc-not-in-scope = You say the pledge benefits LDCs, but no country or region in its scope holds an LDC.
flag-lldc-not-in-scope = You say the pledge benefits LLDCs, but no country or region in its scope holds an LLDC.
flag-sids-not-in-scope = You say the pledge benefits SIDS, but no country or region in its scope holds a SIDS.
flag-sids-for-landlocked = You say the pledge benefits SIDS, but every country in its scope is landlocked.
section-targets = Targets
hint-targets = At least one measurable target: what is counted, from which baseline, to which value, by when. Leave spare rows empty.
target-number = Target { $n }
field-indicator = Indicator
field-baseline = Baseline (optional)
field-target-value = Target value
field-unit = Unit
field-due = Due date
add-target = Add a target
section-dates = Dates
field-start-date = Start date
field-end-date = End date
section-frameworks = SDGs and Kigali Action Plan
field-sdgs = Sustainable Development Goals
field-kap = Kigali Action Plan priorities
hint-optional = Optional.
section-contact = Contact person
hint-contact = ITU writes to this person about the pledge. It is never published.
field-contact-name = Name
field-contact-email = E-mail address
field-consent = We agree that ITU publishes this pledge in the compendium once it has been reviewed.
save-draft = Save draft
draft-saving = Saving…
draft-saved-at = Draft saved { $time }
draft-save-failed = Not saved: check your connection. What you typed is still here; it will be saved with your next change.
draft-saved-notice = Your draft is saved. You can come back to it at any time from "My pledges".
pledge-not-editable = This pledge cannot be changed now: it is being reviewed, or it is closed.
back-to-pledge = Back to the pledge
untitled-draft = Untitled draft
edit-pledge = Edit pledge
continue-editing = Continue editing
withdraw-pledge = Withdraw pledge
withdraw-reason = Why do you withdraw it? (ITU will read this)
pledge-withdrawn-notice = The pledge is withdrawn.
revision-of = Revision { $n } of { $date }
revisions-heading = Revisions
public-revision = Public
history-heading = History
col-when = When
col-who = Who
col-message = Message
col-part = Your part
part-lead = Lead
part-confirmed = Partner
part-invited = Invited
part-declined = Declined
partners-heading = Partners
partners-intro = Joint pledges count once in every total. Confirmed partners appear on the pledge with the lead organisation.
invitation-question = Your organisation is invited to co-implement this pledge. Do you confirm?
confirm-partnership = Confirm
decline-partnership = Decline
invite-partner-label = Invite a registered organisation
choose-organisation = Choose an organisation
invite-partner = Send invitation
partner-invited-notice = The invitation is sent.
remove-partner = Remove
partners-may-edit = Confirmed partners may edit and submit this pledge.
partners-may-not-edit = Only your organisation edits this pledge.
allow-partner-editing = Let partners edit
stop-partner-editing = Stop partners editing
with-partners = with { $partners }
share-percent = { $share } % of resources
usd-label = US dollar equivalent
usd-equivalent = USD { $usd } (at { $rate } USD per unit, rate of { $date })
usd-not-converted = Not converted yet: ITU has no exchange rate for this currency on the day of submission.
rates-title = Exchange rates
rates-intro = US dollars for one unit of each currency, by date. A pledge is converted at the newest rate on or before its submission day, and keeps that rate.
field-rate-date = Date
field-usd-per-unit = US dollars for one unit
hint-usd-per-unit = For example 1.0825 for the euro.
add-rate = Add rate
v-summary-length = The summary must be between 20 and 600 characters.
v-statement-length = Write 10 to 500 characters.
v-percent = Enter a whole number from 0 to 100, or leave it empty.
v-indicator = Say what is counted (3 to 200 characters).
v-unit = Give the unit (at most 40 characters), such as "schools" or "people".
v-quantity = Enter a number, such as 500 or 12.5.
v-pledge-date = Enter a date between 2000 and 2100.
v-consent = Tick this box to submit: ITU publishes only pledges it may publish.
v-date-order = The end date must not be before the start date.
v-scope = Choose where the pledge works: global, a region or a country.
v-amount-required = A financial pledge must give the amount committed.
v-currency = Choose the currency of the amount.
v-amount = Enter the amount in digits, such as 2500000 or 2 500 000,50.
v-amount-positive = The amount must be more than zero.
v-amount-too-large = This amount is too large; check the number of digits.
v-amount-decimals = This currency does not have that many decimals.
v-share-without-benefit = A group that does not benefit cannot receive a share of resources.
v-benefit-statement = Say in a sentence how this group benefits.
v-target-required = Give at least one target.
v-too-many-targets = Give at most 20 targets.
v-target-due = The due date must fall between the start and end dates of the pledge.
v-partner-choice = Choose an organisation that ITU has verified.
v-partner-already = This organisation is already on the pledge.
v-rate = Enter a positive number, such as 1.0825.
v-rate-taken = There is already a rate for this currency on this date.
mail-partner-invited-subject = Invitation to a joint pledge: { $title }
mail-partner-invited-body = Dear { $name },

    { $organisation } invites your organisation to co-implement its pledge "{ $title }". Confirm or decline here:

    { $link }
mail-partner-answered-subject = Your invitation to a joint pledge: { $title }
mail-partner-confirmed-body = Dear { $name },

    { $organisation } has confirmed that it co-implements the pledge "{ $title }":

    { $link }
mail-partner-declined-body = Dear { $name },

    { $organisation } has declined to co-implement the pledge "{ $title }":

    { $link }
review-message = Message to the organisation
request-changes = Request changes
reject = Reject
ldc-when-pledged = { $country } (LDC when pledged)

## Due diligence (issue 13)
status-second-approval = Waiting for second approval
status-unpublished = Unpublished
action-submit = Submitted
action-claim = Claimed
action-assign = Assigned
action-release = Released
action-approve = Approved
action-reject = Rejected
action-request-changes = Changes requested
action-resubmit = Resubmitted
action-revise = Revised
action-withdraw = Withdrawn
action-unpublish = Unpublished
apply-filters = Filter
clear-filters = Clear filters
filter-any = Any
filter-region = ITU region (of the scope)
filter-usd-min = Value from (USD)
filter-usd-max = Value up to (USD)
filter-min-days = Waiting at least (days)
filter-assignee = Held by
filter-sort = Order
sort-oldest = Oldest first
sort-newest = Newest first
sort-value = Highest value first
assignee-me = Me
assignee-nobody = Nobody
queue-filters = Filter the queue
queue-states = Queue states
queue-count =
    { $count ->
        [one] { $count } pledge matches
       *[other] { $count } pledges match
    }
col-usd = Value (USD)
col-waiting = Waiting
col-assignee = Held by
col-similarity = Similarity
days-waiting =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
pages = Pages
page-of = Page { $page } of { $pages }
previous-page = Previous page
next-page = Next page
back-to-queue = Back to the review queue
open-review = Open in the review desk
desk-heading = Who holds this pledge
held-by = Held by { $name }.
held-by-you = You hold this pledge.
held-by-nobody = Nobody holds this pledge yet.
first-approval-by = First approval given by { $name }; a different reviewer gives the second.
four-eyes-needed = Needs two approvals
claim-pledge = Claim
release-pledge = Release
assign-to = Assign to
assign-pledge = Assign
organisation-heading = Organisation
verification-heading = Verification
approval-needs-verified = This organisation is not verified yet: the pledge cannot be approved until ITU verifies it.
changes-since = Changes since revision { $n }
no-changes = Nothing changed since that revision.
consistency-heading = Consistency of the LDC, LLDC and SIDS claims
duplicates-heading = Possible duplicates
no-duplicates = No similar published or pending pledge was found.
similarity-score = { $score } %
decision-heading = Due diligence and decision
checklist-heading = Due-diligence checklist
check-entity-verified = The entity is verified
check-focus-area-alignment = It fits the focus areas it names
check-type-correct = The pledge type is correct
check-realistic-measurable = It is realistic and measurable
check-group-claim-consistent = The LDC, LLDC and SIDS claim is consistent with the scope
check-value-plausible = The value is plausible
check-not-duplicate = It is not a duplicate
check-pass = Pass
check-fail = Fail
check-not-applicable = Not applicable
check-note = Note (required when an item fails)
review-message-hint = Required to request changes or reject; the organisation reads it.
decision-recorded = Decision recorded. The pledge is now: { $status }.
unpublish-pledge = Unpublish this pledge
unpublish-reason = Why it is taken down (the organisation reads this)
reviewer-says = ITU's message
conversation-heading = Conversation with ITU
conversation-empty = No messages yet.
write-to-itu = Write to the ITU reviewers
write-to-organisation = Write to the organisation
internal-note-only = Internal note: only ITU reviewers see it
internal-note = Internal note
from-itu = ITU
send-message = Send
diff-scope = Scope
diff-targets = Targets
diff-dates = Dates
diff-contact = Contact
audit-title = Audit log
audit-intro = Every state change of every pledge, and every coalition event (organisations verified, Leaders nominated, letters of intent decided, roles granted, passwords and e-mail addresses changed): who, when, from which state to which, why, and the checklist given. Entries cannot be changed or deleted.
audit-filters = Filter the audit log
audit-who = Who (name or e-mail)
audit-from = From
audit-until = Until
audit-action = What
audit-pledge = Pledge
audit-from-to = Change
audit-revision = revision { $id }
audit-count =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
download-csv = Download as CSV
err-claimed-by-colleague = Another reviewer holds this pledge. Ask them to release it, or assign it to yourself first.
err-same-reviewer-twice = You gave the first approval; the second must come from a different reviewer.
v-check-fail-note = Say what failed, so the organisation and the next reviewer know.
v-check-note-length = Keep the note under 1,000 characters.
v-check-missing = Answer this item before approving.
v-check-failed = A failed item cannot be approved: request changes or reject instead.
v-message-length = Write a message of at most 4,000 characters.
mail-pledge-decided-subject = ITU's decision on your pledge: { $title }
mail-pledge-approved-body = Dear { $name },

    ITU has completed its due diligence on your pledge "{ $title }" and published it in the Partner2Connect pledge compendium. { $message }

    { $link }
mail-pledge-changes-body = Dear { $name },

    ITU has reviewed your pledge "{ $title }" and asks for changes before it can be published:

    { $message }

    Edit and resubmit it here: { $link }
mail-pledge-rejected-body = Dear { $name },

    ITU has reviewed your pledge "{ $title }" and cannot publish it:

    { $message }

    { $link }
mail-pledge-unpublished-body = Dear { $name },

    ITU has taken your pledge "{ $title }" down from the public compendium:

    { $message }

    { $link }
mail-pledge-other-body = Dear { $name },

    There is news on your pledge "{ $title }". { $message }

    { $link }
mail-pledge-message-subject = New message on the pledge: { $title }
mail-pledge-message-body = Dear { $name },

    { $author } wrote about the pledge "{ $title }":

    { $message }

    Answer here: { $link }

## The public compendium (issue 14)
nav-dashboard = Dashboard
compendium-search = Search
compendium-search-hint = Words from the title, the summary or an organisation's name, in any language.
compendium-filters = Filter the compendium
filter-country = Country (of the scope)
filter-group = Benefits
filter-year = Year published
filter-organisation = Organisation (lead or partner)
downloads = Download these pledges
export-csv = CSV
export-xlsx = Excel (XLSX)
export-json = Open data (JSON)
export-docx = Word compendium (DOCX)
first-page = First page
open-dashboard = See the totals and charts of these pledges
counter-heading = What these pledges add up to
stat-pledges = Pledges
stat-usd = Value in US dollars
stat-organisations = Organisations
stat-governments = Governments
stat-countries = Countries named
stat-ldc-share = Benefiting LDCs
stat-without-usd =
    { $count ->
        [one] { $count } pledge has no US dollar figure yet and is not in the value.
       *[other] { $count } pledges have no US dollar figure yet and are not in the value.
    }
percent = { $percent } %
public-ref = Reference
published-label = Published
permalink-hint = This page stays at the same address: cite the pledge as { $reference }.
back-to-compendium = Back to the pledge compendium
dashboard-title = Dashboard of the pledges
dashboard-intro = What the published pledges add up to. A joint pledge counts once; a pledge with several focus areas or regions counts in each of them.
chart-by-focus-area = By focus area
chart-by-type = By type of pledge
chart-by-stakeholder = By type of lead organisation
chart-by-region = By ITU region
chart-by-group = Benefiting LDCs, LLDCs and SIDS
chart-alt = Bar chart: { $title }. The table below gives the same figures.
col-category = Category
as-at = As at { $time }
contents-heading = Contents
sheet-summary = Summary
sheet-all-pledges = All pledges
col-approved = Approved on
col-partners = Partners
col-lead-organisation = Lead organisation
col-as-at = Data as at

## Issue 22: uploads
v-pdf-damaged = This PDF is damaged or incomplete. Save or export it again and attach the new file.
v-pdf-too-deep = This PDF cannot be accepted: its structure is nested too deeply. Print it to a new PDF and attach that.
v-pdf-unpacks-too-large = This PDF unpacks to far more data than a signed letter needs. Print it to a new PDF and attach that.
v-pdf-zip = This file is also a ZIP archive. Attach a plain PDF of the signed letter.
## Issue 22: downloads and cache
v-search-too-long = A search can be at most 200 characters long.
v-search-too-many-terms = Search for at most 8 words at a time.
v-search-term-short = Each search word needs at least 2 characters; a single Chinese, Japanese or Korean character is enough.
v-search-term-long = A search word can be at most 100 characters long.
err-busy = The server is busy making other files. Please try again in a few seconds.
## Issue 22: accounts
mail-register-again-subject = Someone tried to register your e-mail address on Partner2Connect
mail-register-again-body = Dear { $name },

    Someone, perhaps you, tried to register a new Partner2Connect account with this e-mail address. It already has an account, so nothing was changed.

    If it was you, sign in. If you forgot your password, choose a new one here:

    { $link }

    If it was not you, ignore this message; your account stays as it is.
verify-password-intro = Enter the password you chose when you registered, then press the button. Only the person who registered can confirm the address.
v-registration-password = This is not the password chosen when this address was registered.
v-org-taken-meanwhile = Another organisation with this name was registered in the meantime. Register again with another name, or ask to join it.
## Issue 22: partners and holes
field-named-partners = Partners not registered on the platform
field-named-partners-hint = One name a line, at most 20. They are part of the pledge: ITU reviews them with it, and the public page says that the lead organisation named them.
v-named-partner = Give each partner’s name in 2 to 200 characters, one name a line.
v-named-partners-too-many = Name at most 20 partners.
v-drafts-capped = Your organisation already has 200 drafts. Submit or withdraw some before you start another pledge.
named-by-lead = named by the lead organisation
named-partners-in-form = Partners without an account are named in the pledge form; ITU reviews them with the pledge.
## Issue 22: notices and audit
notices-title = Pledges waiting for review
notices-intro = How do you want to hear of pledges that join the review queue?
notices-each = A mail for each pledge, as it arrives
notices-digest = One digest a day listing the new pledges
notices-save = Save my choice
notices-saved = Your choice is saved.
mail-notice-received-subject = ITU received your pledge: { $title }
mail-notice-received-body = Dear { $name },

    ITU received your pledge "{ $title }" for its due diligence. A reviewer will check it, and you will hear the outcome by e-mail.

    Follow it here: { $link }
mail-notice-withdrawn-subject = Pledge withdrawn: { $title }
mail-notice-withdrawn-body = Dear { $name },

    Your pledge "{ $title }" has been withdrawn. The reason given:

    { $reason }

    { $link }
mail-notice-waiting-subject = A pledge is waiting for review: { $title }
mail-notice-waiting-body = Dear { $name },

    { $organisation } submitted the pledge "{ $title }". It is waiting in the review queue.

    Review it here: { $link }
mail-notice-assigned-subject = A pledge was assigned to you: { $title }
mail-notice-assigned-body = Dear { $name },

    { $person } assigned the pledge "{ $title }" to you for review.

    Review it here: { $link }
mail-notice-second-subject = A second approval is needed: { $title }
mail-notice-second-body = Dear { $name },

    { $person } gave the first approval of the pledge "{ $title }". Its value needs a second approval by a different reviewer.

    Review it here: { $link }
mail-notice-digest-subject = Pledges waiting for review: { $count }
mail-notice-digest-body = Dear { $name },

    These pledges joined the review queue since your last digest:

    { $pledges }

    The whole queue: { $link }
mail-notice-digest-line = - { $title } ({ $organisation }): { $link }
audit-about = About
audit-about-pledge = Pledge
audit-about-organisation = Organisation
audit-about-leader = Focus Area Leader
audit-about-letter = Letter of intent
audit-about-account = Account
audit-about-partners = Pledge partners
audit-do-verify = Verify
audit-do-apply = Apply to lead
audit-do-nominate = Nominate
audit-do-accept = Accept
audit-do-decline = Decline
audit-do-revoke = Revoke
audit-do-set-role = Change role
audit-do-change-password = Change password
audit-do-change-email = Change e-mail address
audit-do-invite = Invite a partner
audit-do-confirm = Confirm partnership
audit-do-name-partner = Name a partner
audit-do-remove-partner = Remove a partner
audit-do-partner-rights = Partners' editing rights
progress-not-started = Not started
progress-on-track = On track
progress-delayed = Delayed
progress-completed = Completed
progress-cancelled = Cancelled
report-filed = Filed
report-accepted = Accepted by ITU
report-more-requested = ITU asked for more
report-taken-down = Taken down by ITU
light-on-track = On track
light-at-risk = At risk
light-off-track = Off track
light-inactive = Inactive: no report for two cycles in a row
light-none = No report yet
v-progress-status = Choose the status of the work.
v-progress-percent = Enter a whole number from 0 to 100.
v-progress-reason = Say why in 10 to 1,000 characters: a delayed, completed or cancelled pledge needs a reason or note.
v-narrative-length = Describe what happened in 20 to 5,000 characters.
v-past-date = Enter a date between 2000 and today.
v-links-too-many = Give at most 10 links, one a line.
v-evidence-too-large = A file is larger than 10 MB.
v-evidence-kind = Attach PDF documents or PNG or JPEG pictures only.
v-evidence-damaged = A file is damaged or incomplete. Save or export it again and attach the new file.
v-evidence-unsafe = A file cannot be accepted: it is built in a way that could harm whoever opens it. Print or export it again.
v-evidence-zip = A file is also a ZIP archive. Attach a plain PDF or picture.
v-evidence-too-many = A report carries at most five files. Remove one before adding another.
v-progress-unpublished = Only a published pledge takes progress reports.
v-cycle-overlap = This period overlaps a cycle that exists already.
v-recipients-required = Choose at least one person of your organisation.
nav-progress-review = Progress reports
report-progress = Report progress
progress-title = Progress of the pledge
progress-intro = Tell ITU and the public how the pledge is going. A filed report is public at once; evidence files stay private unless you mark them public.
progress-owed = This report answers the { $cycle } cycle, due on { $due }.
progress-interim = No cycle is owed now: this report is an update between cycles.
progress-read-only = Only the lead organisation, or a partner it lets edit, files the report.
field-progress-status = Status of the work
field-status-reason = Reason or note
hint-status-reason = Needed when the work is delayed, completed or cancelled: say why, or what was delivered.
field-percent = Per cent complete
hint-percent = A whole number from 0 to 100.
progress-targets = Targets reached
progress-target-line = Target: { $target } { $unit } by { $due }
field-value-reached = Value reached
field-reached-on = Reached on
progress-money = Money disbursed so far
hint-disbursed = The total paid out so far, in its currency. Its US dollar value uses ITU's rate of the day you give.
field-disbursed-amount = Amount disbursed
field-disbursed-currency = Currency
field-disbursed-on = Counted on
field-delivered-countries = Countries where results were delivered
hint-delivered-countries = Hold Ctrl (or Cmd) to choose several.
field-beneficiaries = Beneficiaries reached
field-beneficiaries-unit = Unit of beneficiaries
hint-beneficiaries-unit = Such as people, schools or clinics.
field-narrative = What happened
hint-narrative = 20 to 5,000 characters.
field-links = Evidence links
hint-links = One web address a line, at most 10.
field-files = Evidence files
hint-files = PDF, PNG or JPEG, at most 10 MB each and five a report.
field-files-public = Make the files of this report public
draft-files = Files attached to the draft
remove-file = Remove { $name }
save-report-draft = Save draft
file-report = File the report
report-draft-saved = Draft saved.
report-filed-notice = Report filed. It is public now.
progress-timeline = Progress timeline
progress-no-reports = No progress report yet.
report-heading = Report of { $date }
report-cycle = Cycle { $cycle }
report-interim = Update between cycles
report-by = Filed by { $organisation }
progress-percent-label = { $percent } % complete
progress-disbursed-label = Money disbursed
progress-usd-unknown = US dollar value unknown: no rate for that day.
progress-countries-label = Countries where results were delivered
progress-beneficiaries-label = Beneficiaries reached
progress-evidence-label = Evidence
progress-private-file = private
progress-light-label = Traffic light
progress-comments = Comments
field-comment = Your comment
comment-button = Comment
review-progress-title = Progress reports to look at
review-progress-intro = Filed reports are public at once. Accept them, ask for more (the message goes to the pledge's conversation) or take one down.
review-progress-empty = No report is waiting.
accept-report = Accept
ask-for-more = Ask for more
take-down-report = Take down
restore-report = Restore
field-review-message = Message to the organisation
progress-duties-title = Progress reports
progress-duties-intro = Every published pledge reports once a cycle, and may report at any time.
duty-due = Due on { $due } ({ $cycle })
duty-overdue = Overdue since { $due } ({ $cycle })
duty-up-to-date = Up to date
duty-closed = Closed: the work is completed or cancelled
duty-last-filed = Last filed on { $date }
duty-draft = Draft saved
cycles-title = Reporting cycles
cycles-intro = Every pledge published before a cycle's period ends owes one report for it, due on the cycle's date.
field-cycle-label = Name
field-period-start = Period starts
field-period-end = Period ends
field-due-on = Report due on
add-cycle = Add cycle
set-due = Change due date
recipients-title = Who receives progress reminders
recipients-intro = Reminders go out 30, 7 and 1 days before a report is due, then weekly while it is overdue. Until you choose, your organisation's admins receive them.
save-recipients = Save
recipients-saved = Saved.
audit-about-progress = Progress report
audit-about-cycle = Reporting cycle
audit-do-file = File a report
audit-do-request-more = Ask for more
audit-do-take-down = Take down
audit-do-restore = Restore
audit-do-add = Add
audit-do-set-due = Change due date
audit-do-set-progress-recipients = Reminder recipients
mail-progress-due-subject = Progress report due on { $due }: { $title }
mail-progress-due-body = Dear { $name },

    The { $cycle } progress report on the pledge "{ $title }" is due on { $due }. Say what was reached, what was disbursed and what it changed.

    Report here: { $link }
mail-progress-overdue-subject = Progress report overdue: { $title }
mail-progress-overdue-body = Dear { $name },

    The { $cycle } progress report on the pledge "{ $title }" was due on { $due } and has not been filed. A pledge without reports for two cycles in a row is shown as inactive.

    Report here: { $link }
mail-progress-filed-subject = Progress report filed: { $title }
mail-progress-filed-body = Dear { $name },

    { $person } filed a progress report on the pledge "{ $title }". It is public now.

    Read it here: { $link }
mail-progress-reviewed-subject = ITU looked at the progress report: { $title }
mail-progress-accepted-body = Dear { $name },

    ITU accepted the progress report on the pledge "{ $title }".

    { $message }

    Read it here: { $link }
mail-progress-taken-down-body = Dear { $name },

    ITU took down the progress report on the pledge "{ $title }". It is no longer public. ITU wrote:

    { $message }

    Read it here: { $link }
mail-progress-comment-subject = New comment on a progress report: { $title }
mail-progress-comment-body = Dear { $name },

    { $person } commented on the progress report on the pledge "{ $title }":

    { $message }

    Answer here: { $link }
col-delivered = Delivered (USD)
col-delivered-share = Share delivered
stat-delivered = Delivered, as reported (USD)
stat-reporting = Pledges reporting progress
col-last-report = Last progress report
sheet-progress = Progress

## Roundtables and events
nav-events = Events
nav-my-events = Our events
nav-organiser-events = Run events
events-title = Events
events-intro = The Roundtables, summits and conferences where coalition members announce their pledges.
events-empty = No events yet.
event-planned = Planned
event-open = Open for announcements
event-held = Held
event-archived = Archived
event-time-zone = Times in { $zone }
announced-pledges = Pledges announced
announced-none = No pledge announced here is public yet.
ldc-share = Benefiting LDCs (share of pledges, USD)
event-in-compendium = These pledges in the compendium
event-export = Download these pledges (Excel)
programme-title = Programme
programme-empty = No sessions yet.
video-statements = Video statements
watch-on = Watch on { $host } (opens another site)
transcript = Transcript or summary
announced-at = Announced at { $event }
announced-at-label = Announced at
session-high-level = High-level segment
session-panel = Panel session
session-group-discussion = Group discussion
session-plenary = Pledges announced in plenary
session-signing = Signing ceremony
session-other = Other session
announcement-requested = Asked to announce
announcement-accepted = Accepted
announcement-scheduled = Scheduled
announcement-declined = Declined
announcement-withdrawn = Withdrawn by the organisation
announcement-dropped = Pledge no longer on the programme
organiser-events-title = Events you run
create-event = Create the event
save-event = Save the event
edit-event = Edit the event's details
event-saved = The event was saved.
field-event-name = Name of the event
field-event-slug = Address of its public page
hint-event-slug = Lower-case letters, digits and hyphens, e.g. wtdc-27. It cannot be changed later.
field-event-place = Place
field-time-zone = Time zone
hint-time-zone = The zone of the place, as Area/City: Africa/Kigali, Europe/Zurich, Asia/Riyadh.
field-starts-on = First day
field-ends-on = Last day
field-event-status = Status
public-event-page = Public page
back-to-desk = Back to the event's desk
add-session = Add the session
session-saved = The session was saved.
remove-session = Remove this session
field-session-kind = Type of session
field-session-title = Title of the session
field-session-starts = Starts
field-session-ends = Ends
hint-event-local-time = Local time of the event.
field-room = Room
field-moderator = Moderator
field-session-focus-area = Focus area
no-focus-area = None
field-speakers = Speakers
hint-speakers = One per line: name; title; organisation. A registered organisation is linked by its exact name.
speaker-label = Speaker
announcements-title = Announcements
announcements-empty = No requests to announce yet.
announcement-decided = Done.
accept-announcement = Accept
decline-announcement = Decline
schedule-announcement = Schedule
unschedule-announcement = Take off the programme
field-plenary = Plenary session
field-position = Order
field-minutes = Minutes
video-loop-title = Video statements between sessions
videos-empty = No video statements yet.
video-label = Video
add-leader-video = Add a Leader's video statement
add-video = Add the video
field-leader = Leader
field-video-url = Link to the video
hint-video-url = An https link on a host ITU allows (YouTube, Vimeo, ITU's own media site…).
field-video-length = Length
hint-video-length = Minutes and seconds, e.g. 2:30.
field-transcript = Transcript or summary
video-statement-optional = Video statement (if you have one)
signing-ceremony = Signing ceremony
open-signatories = Open the list of signatories
signatories-count = { $confirmed } of { $all } signatories confirmed.
ceremony-sheet = Ceremony sheet
signatories-empty = The list of signatories has not been opened.
col-capacity = In the coalition as
col-signatory = Signs
col-signature = Signature
coalition-leader = Focus Area Leader
coalition-member = Member
signatory-unconfirmed = Not yet confirmed
signatory-confirmed = Signatory confirmed.
run-of-show-title = Run of show
run-changes-since = Changes since
hint-run-since = Local time of the event. What changed after it is marked, and what was taken off is listed.
show-changes = Show changes
run-changed = Changed
run-removed = Taken off the programme
download-docx = Download as Word (DOCX)
download-xlsx = Download as Excel (XLSX)
col-starts = Starts
col-ends = Ends
col-position = Order
col-slot = Slot
my-events-title = Our events
ask-to-announce = Ask to announce a pledge
ask-to-announce-intro = Ask to announce a published pledge, or one under review, at an event. By the Leaders' rules the speaker is your organisation's top leader.
announcement-asked = Your request was sent to the organisers.
nothing-to-announce = No event is open for announcements, or your organisation has no pledge that may be announced.
field-event = Event
field-pledge = Pledge
field-speaker-name = Speaker's name
field-speaker-title = Speaker's title
hint-speaker = The person who will announce the pledge in plenary.
our-announcements = Our requests to announce
withdraw-announcement = Withdraw the request
signatures-empty = No signing ceremony lists your organisation yet.
confirm-signatory = Confirm the signatory
video-hosts-title = Video hosts
video-hosts-intro = Video statements may link only to these hosts. Pages show a link and the transcript; nothing from these sites loads until the visitor clicks.
field-host = Host
hint-host = A host name, such as www.youtube.com.
add-host = Allow this host
remove-host = Remove
audit-about-event = Event
audit-about-announcement = Announcement
audit-about-session = Session
audit-do-request = Asked
audit-do-schedule = Scheduled
audit-do-unschedule = Took off the programme
audit-do-drop = Dropped with its pledge
audit-do-edit = Edited
audit-do-remove = Removed
audit-do-open-signatories = Opened the signatories
audit-do-add-video = Added a video
v-event-name = Give the event a name of 3 to 200 characters on one line.
v-event-slug = Use 3 to 60 lower-case letters, digits and single hyphens, e.g. wtdc-27.
v-event-slug-taken = Another event already has this address.
v-event-place = Say where the event takes place.
v-time-zone = Give a time zone as Area/City, e.g. Africa/Kigali.
v-session-title = Give the session a title of 3 to 200 characters.
v-local-time = Give a date and time (this time does not exist in the event's time zone, or is not a date).
v-session-times = The session must end after it starts.
v-room = Say in which room the session takes place.
v-speakers = Write one speaker per line: name; title; organisation (at most 20 speakers).
v-room-taken = Another session is in this room at that time.
v-session-outside-event = The session must fall within the event's days.
v-session-has-announcements = Announcements are placed in this session; take them off before changing its type.
v-event-closed = This event does not take requests to announce now.
v-announce-status = Only a published pledge, or one under review, may be announced.
v-announce-twice = This pledge is already asked for at this event.
v-speaker-title = Give the speaker's title.
v-video-url = Give an https link to the video.
v-video-length = Give the length as minutes and seconds, e.g. 2:30 (at most two hours).
v-transcript = Give a transcript or summary of 20 to 20,000 characters: many people cannot watch the video.
v-video-host = Videos may link only to hosts ITU allows; this host is not on the list.
v-video-host-name = Give a host name, such as www.youtube.com.
v-slot-minutes = A slot is 1 to 60 minutes.
v-session-not-plenary = Announcements are placed in a plenary session of announcements.
v-slots-overflow = The slots would run past the end of the session.
v-not-a-leader = Only a Focus Area Leader's video is added here.
mail-event-accepted-subject = Your announcement at { $event } was accepted: { $title }
mail-event-accepted-body = Dear { $name },

    The organisers of { $event } accepted your request to announce the pledge "{ $title }". They will tell you when it is scheduled.

    Your requests: { $link }
mail-event-scheduled-subject = Your announcement at { $event } is scheduled: { $title }
mail-event-scheduled-body = Dear { $name },

    The pledge "{ $title }" will be announced at { $event }, in the session "{ $session }", at { $time }.

    Your requests: { $link }
mail-event-week-subject = In a week: your announcement at { $event }
mail-event-day-subject = Tomorrow: your announcement at { $event }
mail-event-slot-body = Dear { $name },

    { $speaker } announces the pledge "{ $title }" at { $event } on { $time }.

    Your requests: { $link }
mail-event-left-subject = A scheduled pledge left the programme of { $event }
mail-event-withdrawn-body = Dear { $name },

    The pledge "{ $title }", accepted for announcement at { $event }, was withdrawn by its organisation. It is off the programme and the public page.

    The event's desk: { $link }
mail-event-unpublished-body = Dear { $name },

    The pledge "{ $title }", accepted for announcement at { $event }, is no longer public (unpublished or rejected by ITU). It is off the programme and the public page.

    The event's desk: { $link }

# Marketplace
opp-kind-project = Project
opp-kind-regional = Regional initiative
opp-kind-flagship = Flagship initiative
opp-kind-campaign = Campaign
opp-status-open = Open
opp-status-funded = Funded
opp-status-closed = Closed
in-kind-equipment = Equipment
in-kind-expertise = Expertise
in-kind-training = Training
in-kind-connectivity = Connectivity
sign-on-submitted = Waiting for ITU's review
sign-on-approved = Approved: a co-signer
sign-on-rejected = Not accepted
sign-on-withdrawn = Withdrawn
report-inaccurate = Inaccurate
report-duplicate = Duplicate
report-not-happening = Not happening
report-inappropriate = Inappropriate
report-other = Other
report-state-open = Open
report-state-dismissed = Dismissed
report-state-asked = Organisation asked
report-state-unpublished = Unpublished
report-dismiss = Dismiss the report
report-ask = Ask the organisation
report-unpublish = Unpublish the page
v-opportunity-needs = Give the money needed or tick at least one kind of help needed.
v-sign-on-role = Say in 10 to 2,000 characters what your organisation will do.
v-report-reason = Choose a reason.
v-report-message = Write 10 to 2,000 characters about the problem.
v-opportunity-slug-taken = Another opportunity already has this address.
v-sign-on-closed = This pledge does not take sign-ons now.
v-sign-on-twice = Your organisation has already signed on to this pledge.
v-sign-on-own = Your organisation leads this pledge.
v-answers = Choose opportunities from the list.
v-decision-reason = Give a reason of 5 to 2,000 characters.
mail-market-sign-on-subject = Your sign-on to "{ $title }"
mail-market-sign-on-approved-body = Dear { $name },

    ITU approved your organisation's sign-on to the pledge "{ $title }". Your organisation now appears as a co-signer on the public page.

    The pledge: { $link }
mail-market-sign-on-rejected-body = Dear { $name },

    ITU did not accept your organisation's sign-on to the pledge "{ $title }".

    The reviewer's reason: { $reason }

    The pledge: { $link }
mail-market-co-signed-subject = A new co-signer for "{ $title }"
mail-market-co-signed-body = Dear { $name },

    { $organisation } signed on to your pledge "{ $title }", and ITU approved it. It now appears as a co-signer on the public page.

    The pledge: { $link }
mail-market-report-subject = A report about "{ $title }"
mail-market-report-asked-body = Dear { $name },

    A visitor reported a problem with "{ $title }" (reason: { $reason }). An ITU reviewer asks:

    { $message }

    Please answer by replying to ITU or by correcting the page. The page: { $link }
mail-market-report-unpublished-body = Dear { $name },

    After a report of a problem with "{ $title }" (reason: { $reason }), an ITU reviewer took it off the public pages.

    The reviewer's note: { $message }

    The page: { $link }
nav-opportunities = Opportunities
opportunities-title = Opportunities to fund and join
opportunities-intro = Projects, WTDC regional initiatives, flagship initiatives and campaigns that ITU asks partners to fund or join. Pledge to one, and your pledge counts on its funding bar once ITU publishes it.
opportunities-for-you = Opportunities for you
all-opportunities = All opportunities
opportunities-empty = No opportunity matches these filters.
opportunity-filters = Filter the opportunities
opportunity-search = Search titles and summaries
field-opportunity-kind = Kind
field-opportunity-status = Status
post-opportunity = Post an opportunity
edit-opportunity = Edit the opportunity
save-opportunity = Save the opportunity
field-opportunity-slug = Address of its page
field-target-countries = Target countries
field-groups = LDC, LLDC and SIDS groups
money-needed = Money needed
in-kind-needed = Help needed in kind
field-in-kind-note = What help in kind, in more words
opportunity-contact = ITU contact
opportunity-places = Regions and countries
opportunity-everywhere = Any country
opportunity-timeline = Timeline
funding-title = Funding
funding-of = { $committed } committed of { $needed } needed
funding-committed = { $committed } committed
funding-bar-label = Share of the money needed that is committed
delivered-bar-label = Share of the money needed that was delivered
funding-lines = { $count ->
    [one] One published pledge
   *[other] { $count } published pledges
}: { $pledged } pledged, { $cosigned } from co-signers, { $delivered } delivered so far
pledge-to-opportunity = Pledge to this opportunity
answering-pledges = Published pledges that answer it
answering-none = No published pledge answers it yet.
co-signers-add = Co-signers add { $usd }
reason-similar-size = similar size to your pledges
reason-funder = you fund projects
suggestion-reason = Why: { $reasons }
report-problem = Report a problem with this page
report-thanks = Thank you. ITU's reviewers will look at your report.
field-report-reason = What is wrong?
field-report-message = Tell us more
field-report-email = Your e-mail address (optional)
hint-report-email = Only if you want an answer. Without it, your report holds nothing that names you; the organisation is never told who reported.
send-report = Send the report
co-signers-title = Co-signers
sign-on-title = Sign on to this pledge
sign-on-open = This pledge is open: other organisations may sign on, with money, help in kind or a role. ITU reviews each sign-on before it appears here.
your-sign-on = Your organisation's sign-on: { $state }
withdraw-sign-on = Withdraw our sign-on
close-sign-on = Close sign-on to this pledge
field-sign-on-amount = Money your organisation adds (optional)
field-sign-on-in-kind = Help in kind your organisation adds
field-sign-on-role = What your organisation will do
sign-on-button = Sign on
sign-on-queue-title = Sign-ons
sign-on-queue-intro = Organisations that signed on to open pledges. Approve one to show it as a co-signer; reject with a reason. Nothing public changes until you approve.
sign-on-queue-empty = No sign-on waits for review.
approve-sign-on = Approve { $organisation }
reject-reason = Reason to reject
reject-sign-on = Reject
report-queue-title = Reports
report-queue-intro = Problems the public reported, counted per page. Dismiss them, ask the organisation, or unpublish the page, always with a reason.
report-queue-empty = No report waits for a decision.
report-count = { $count ->
    [one] One report
   *[other] { $count } reports
}
report-decision-note = Your reason (sent to the organisation when you ask or unpublish)
coalition-role = Role in the coalition
no-coalition-role = Not a Leader or Member of a focus area.
role-leader-of = Focus Area Leader: { $area }
role-member-of = Focus Area Member: { $area }
profile-pledges = Published pledges
profile-totals = { $count } pledges worth { $usd }; { $cosigned } as a co-signer
part-partner = partner
part-co-signer = co-signer
profile-opportunities = Opportunities answered
profile-events = Events where it announced
posters-title = Who may post opportunities
posters-intro = ITU admins post opportunities; so do the reviewers given the right here.
poster-yes = may post
poster-no = may not post
poster-grant = Give the right
poster-revoke = Take the right back
answers-opportunities = Answers the opportunities
section-market = Opportunities and partners
field-answers = Opportunities this pledge answers
field-open-sign-on = Open pledge
open-sign-on-yes = Other organisations may sign on to this pledge
hint-open-sign-on = Once ITU publishes it, others can add money, help in kind or a role; ITU reviews each sign-on. You can close sign-on at any time.
opportunity-suggestions = Opportunities this pledge could answer
stat-cosigned = From co-signers (USD)
sign-in-to-sign-on = Sign in to sign on for your organisation
audit-about-opportunity = Opportunity
audit-about-sign-on = Sign-on to an open pledge
audit-about-report = Report of a problem
audit-do-post = Posted
audit-do-sign-on = Signed on
audit-do-close-sign-on = Closed sign-on
audit-do-dismiss = Dismissed
audit-do-ask = Asked the organisation
audit-do-grant-opportunities = Gave the right to post opportunities
audit-do-revoke-opportunities = Took back the right to post opportunities
unpublish-admins-only = Only ITU admins unpublish a pledge: ask one if the page must come down.
