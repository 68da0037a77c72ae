# Partner2Connect pledges: French (français).
app-name = Engagements Partner2Connect
itu-short = UIT
tagline = Coalition numérique Partner2Connect : des engagements pour connecter les personnes les plus difficiles à connecter
skip-to-content = Aller au contenu
language = Langue
footer-text = La Coalition numérique Partner2Connect est dirigée par l’Union internationale des télécommunications (UIT).
meta-description = Engagements de gouvernements, d’entreprises, d’ONG et d’universités pour connecter les personnes les plus difficiles à connecter, vérifiés par l’UIT et publiés dans le recueil des engagements Partner2Connect.
nav-compendium = Recueil des engagements
nav-new-pledge = Nouvel engagement
nav-my-pledges = Nos engagements
nav-review = Engagements à examiner
sign-in = Se connecter
sign-out = Se déconnecter
signed-in-as = Session ouverte : { $name } ({ $organisation })
compendium-title = Recueil des engagements
compendium-intro = Engagements visant à réduire la fracture numérique, publiés après vérification préalable par l’UIT.
compendium-count =
    { $count ->
        [one] { $count } engagement publié
        [many] { $count } engagements publiés
       *[other] { $count } engagements publiés
    }
compendium-empty = Aucun engagement n’a encore été publié.
loading = Chargement…
by = par { $organisation }
published-on = Publié le { $date }
benefits = Avantages
field-title = Titre
field-description = Description détaillée
field-type = Type d’engagement
field-focus-areas = Domaines prioritaires
field-benefits = Avantages pour les PMA, les PDSL et les PEID
hint-title = Une ligne qui indique à quoi vous vous engagez, par exemple « Connecter 500 écoles rurales au Rwanda d’ici à 2027 ».
hint-description = Quoi, où, pour qui, d’ici quand et avec qui. Indiquez des chiffres et des dates afin que les progrès puissent être mesurés.
hint-focus-areas = Choisissez-en au moins un.
hint-benefits = Indiquez pour chaque groupe si l’engagement lui profite, et dans quelle mesure.
choose-type = Choisissez un type
new-pledge-title = Soumettre un engagement
new-pledge-intro = Les examinateurs de l’UIT vérifient chaque engagement avant sa publication dans le recueil.
submit-pledge = Soumettre pour examen
submitting = Envoi en cours…
type-financial = Financement
type-project = Projet
type-policy = Politique publique
type-advocacy = Plaidoyer
fa-access = Accès
fa-access-meaning = Connecter tout le monde, partout
fa-adoption = Adoption
fa-adoption-meaning = Autonomiser les communautés
fa-value-creation = Création de valeur
fa-value-creation-meaning = Bâtir des écosystèmes numériques
fa-accelerate = Accélération
fa-accelerate-meaning = Encourager les investissements
group-ldc = Pays les moins avancés (PMA)
group-lldc = Pays en développement sans littoral (PDSL)
group-sids = Petits États insulaires en développement (PEID)
group-ldc-short = PMA
group-lldc-short = PDSL
group-sids-short = PEID
benefit-none = Non ciblé
benefit-partly = En partie (l’un de plusieurs groupes)
benefit-mainly = Bénéficiaire principal
status-draft = Brouillon
status-submitted = Soumis
status-in-review = En cours d’examen
status-changes-requested = Modifications demandées
status-published = Publié
status-rejected = Rejeté
status-withdrawn = Retiré
my-pledges-title = Engagements de notre organisation
my-pledges-empty = Votre organisation n’a encore soumis aucun engagement.
col-title = Titre
col-type = Type d’engagement
col-status = Statut
col-organisation = Nom de l’organisation
col-submitted = Date de soumission
col-actions = Opérations
pledge-submitted-notice = Votre engagement a été soumis. Les examinateurs de l’UIT le vérifieront avant sa publication.
review-title = Engagements à examiner
review-intro = Engagements en attente de vérification préalable, du plus ancien au plus récent.
review-empty = Aucun engagement n’est en attente d’examen.
approve = Approuver et publier
approving = Publication en cours…
approved-notice = L’engagement a été approuvé et figure désormais dans le recueil public.
login-title = Connexion
login-intro = Connectez-vous avec l’adresse électronique enregistrée par votre organisation.
email = Adresse électronique
password = Mot de passe
login-button = Se connecter
err-invalid-credentials = L’adresse électronique ou le mot de passe est incorrect.
err-not-signed-in = Veuillez vous connecter pour continuer.
err-forbidden = Votre compte ne dispose pas des droits nécessaires pour effectuer cette action.
err-not-found = Nous n’avons pas trouvé ce que vous avez demandé.
err-conflict = Une autre personne vient de modifier cet engagement. La liste affiche maintenant son état actuel.
err-invalid-transition = Cette action n’est pas possible dans l’état actuel de l’engagement.
err-own-organisation = Vous ne pouvez pas examiner un engagement de votre propre organisation.
err-internal = Un problème est survenu de notre côté. Rien de ce que vous avez saisi n’a été perdu ; veuillez réessayer.
err-validation = Veuillez corriger les champs signalés ci-dessous.
err-unavailable = Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.
v-title-length = Le titre doit comporter entre 5 et 200 caractères.
v-description-length = La description doit comporter entre 20 et 10 000 caractères.
v-type-required = Choisissez le type d’engagement.
v-focus-area-required = Choisissez au moins un domaine prioritaire.
v-benefit-required = Indiquez pour chaque groupe si l’engagement lui profite.
v-email = Saisissez une adresse électronique valide, par exemple nom@example.org.
v-password-required = Saisissez votre mot de passe.
not-found-title = Page introuvable
not-found-body = La page demandée n’existe pas ou a été déplacée.
back-home = Aller au recueil des engagements
st-government = Gouvernement
st-private-sector = Secteur privé
st-international-organisation = Organisation internationale
st-un-entity = Entité des Nations Unies
st-financial-institution = Institution financière internationale
st-civil-society = Société civile / ONG
st-academia = Établissements universitaires
st-philanthropy = Philanthropie / fondation
st-youth = Organisation de jeunes (Generation Connect)
region-africa = Afrique
region-americas = Amériques
region-arab-states = États arabes
region-asia-pacific = Asie-Pacifique
region-cis = CEI
region-europe = Europe
kap-affordable-connectivity = Connectivité financièrement abordable
kap-digital-transformation = Transformation numérique
kap-enabling-environment = Environnement politique et réglementaire propice
kap-resource-mobilization = Mobilisation de ressources et coopération internationale
kap-inclusive-secure-ict = Télécommunications/TIC inclusives et sûres au service du développement durable
sdg-1 = 1. Pas de pauvreté
sdg-2 = 2. Faim « zéro »
sdg-3 = 3. Bonne santé et bien-être
sdg-4 = 4. Éducation de qualité
sdg-5 = 5. Égalité entre les sexes
sdg-6 = 6. Eau propre et assainissement
sdg-7 = 7. Énergie propre et d’un coût abordable
sdg-8 = 8. Travail décent et croissance économique
sdg-9 = 9. Industrie, innovation et infrastructure
sdg-10 = 10. Inégalités réduites
sdg-11 = 11. Villes et communautés durables
sdg-12 = 12. Consommation et production responsables
sdg-13 = 13. Mesures relatives à la lutte contre les changements climatiques
sdg-14 = 14. Vie aquatique
sdg-15 = 15. Vie terrestre
sdg-16 = 16. Paix, justice et institutions efficaces
sdg-17 = 17. Partenariats pour la réalisation des objectifs
err-too-many-requests = Trop de tentatives. Veuillez patienter quelques minutes, puis réessayer.
err-cross-site = Ce formulaire a été envoyé depuis un autre site Web ; il a donc été refusé. Aucune modification n’a été apportée.
err-too-large = Les données envoyées sont trop volumineuses pour être acceptées.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
# Date dans le texte, par exemple « 23 novembre 2026 ». $day et $year sont des chiffres, $month est l’un des messages month-1 à month-12.
date-long = { $day } { $month } { $year }
# Un instant, par exemple « 23 novembre 2026 à 14:05 UTC ». $time est au format 24 heures heures:minutes.
date-time = { $date } à { $time } UTC

## Accounts, organisations and the coalition (issue 11)
nav-coalition = La Coalition
nav-register = S’inscrire
nav-organisation = Notre organisation
nav-coalition-desk = Gestion de la Coalition
nav-account = Mon compte
role-stakeholder = Partie prenante
role-org-admin = Administrateur de l’organisation
role-reviewer = Examinateur de l’UIT
role-admin = Administrateur de l’UIT
role-organiser = Organisateur de la Table ronde
constituency-generation-connect = Generation Connect (jeunes)
verification-pending = En attente de vérification par l’UIT
verification-verified = Vérifiée par l’UIT
verification-rejected = Non vérifiée
membership-pending = En attente d’approbation
membership-active = Membre
membership-declined = Demande refusée
letter-submitted = Soumise, en attente de la décision de l’UIT
letter-accepted = Acceptée : membre de domaine prioritaire
letter-declined = Refusée
leader-applied = Candidature soumise
leader-nominated = Chef de file de domaine prioritaire
leader-declined = Candidature refusée
leader-revoked = Rôle de chef de file révoqué
err-organisation-not-verified = Cette organisation n’a pas encore été vérifiée par l’UIT ; ses engagements ne peuvent donc pas être publiés.
err-email-not-verified = Veuillez d’abord confirmer votre adresse électronique en ouvrant le lien que nous vous avons envoyé. Vous pouvez demander un nouveau lien ci-dessous.
err-membership-pending = L’administrateur de votre organisation n’a pas encore approuvé votre demande pour la rejoindre. Vous recevrez un courriel dès que ce sera le cas.
err-leader-seats-full = Ce domaine prioritaire compte déjà cinq chefs de file. Révoquez-en un avant d’en désigner un autre.
v-name = Saisissez votre nom (120 caractères au maximum).
v-org-name = Saisissez le nom de l’organisation (entre 2 et 200 caractères).
v-org-description = Décrivez l’organisation en 20 à 2 000 caractères.
v-one-line = Ce champ doit tenir sur une seule ligne.
v-choice = Choisissez l’une des options.
v-org-choice = Indiquez si vous inscrivez une nouvelle organisation ou si vous rejoignez une organisation existante.
v-email-taken = Un compte associé à cette adresse électronique existe déjà. Connectez-vous ou réinitialisez votre mot de passe.
v-org-taken = Une organisation portant ce nom est déjà inscrite. Demandez plutôt à la rejoindre.
v-password-length = Utilisez entre 10 et 128 caractères.
v-password-weak = Ce mot de passe est trop facile à deviner. Utilisez une phrase plus longue, composée de mots sans rapport entre eux.
v-password-wrong = Ce n’est pas votre mot de passe actuel.
v-url = Saisissez une adresse Web commençant par https:// (ou laissez ce champ vide).
v-statement = Décrivez votre rôle en 50 à 5 000 caractères.
v-commitment = Décrivez l’engagement en 20 à 2 000 caractères.
v-signatory = Saisissez entre 2 et 120 caractères.
v-date = Saisissez une date comprise entre le 1er janvier 2021 et aujourd’hui.
v-confirm = Cochez cette case pour confirmer.
v-reason = Indiquez un motif (entre 3 et 2 000 caractères) ; l’organisation en prendra connaissance.
v-pdf = Ce fichier n’est pas un document PDF. Joignez la lettre signée au format PDF.
v-pdf-too-large = La taille du fichier dépasse 5 Mo.
v-link-invalid = Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.
register-title = Inscrire votre organisation
register-intro = Créez votre compte et inscrivez votre organisation, ou demandez à rejoindre une organisation déjà inscrite. Nous vous enverrons un lien pour confirmer votre adresse électronique.
register-about-you = Vous concernant
field-name = Votre nom
field-email = Adresse électronique
field-password = Mot de passe
hint-password = Au moins 10 caractères. Une phrase composée de plusieurs mots sans rapport entre eux est facile à retenir et difficile à deviner.
field-language = Langue des courriels
register-organisation = Votre organisation
org-choice-new = Inscrire une nouvelle organisation
org-choice-join = Rejoindre une organisation déjà inscrite
field-org-name = Nom de l’organisation
field-stakeholder-type = Type d’organisation
choose-option = Choisissez…
field-country = Pays (siège)
field-website = Site Web (facultatif)
field-org-description = Brève description de l’organisation
field-join-organisation = Organisation à rejoindre
register-button = S’inscrire
register-apply-to-lead = Notre organisation se porte également candidate pour être chef de file d’un domaine prioritaire (facultatif).
register-done-title = Consultez votre messagerie
register-done = Nous vous avons envoyé un lien pour confirmer votre adresse électronique. Ouvrez-le dans un délai de 48 heures, puis connectez-vous.
verify-title = Confirmer votre adresse électronique
verify-button = Confirmer mon adresse électronique
verify-done = Votre adresse électronique est confirmée. Vous pouvez maintenant vous connecter.
resend-title = Renvoyer le lien
resend-intro = Saisissez votre adresse électronique ; nous vous enverrons un nouveau lien de confirmation si le compte doit encore être confirmé.
resend-button = Envoyer un nouveau lien
resend-done = Si un compte associé à cette adresse doit être confirmé, un nouveau lien est en cours d’envoi.
forgot-link = Mot de passe oublié ?
register-link = Première visite ? Inscrivez votre organisation
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Saisissez l’adresse électronique de votre compte. Nous vous enverrons un lien permettant de choisir un nouveau mot de passe ; il est valable une heure.
forgot-button = Envoyer le lien
forgot-done = Si un compte associé à cette adresse existe, un lien permettant de réinitialiser son mot de passe est en cours d’envoi.
reset-title = Choisir un nouveau mot de passe
field-new-password = Nouveau mot de passe
reset-button = Enregistrer le nouveau mot de passe
reset-done = Votre mot de passe a été modifié et toutes les sessions ont été fermées. Connectez-vous avec le nouveau mot de passe.
account-title = Mon compte
account-password-title = Modifier le mot de passe
field-current-password = Mot de passe actuel
change-password-button = Modifier le mot de passe
change-password-done = Votre mot de passe a été modifié. Vos autres sessions ont été fermées.
account-email-title = Modifier l’adresse électronique
field-new-email = Nouvelle adresse électronique
change-email-button = Envoyer un lien de confirmation
change-email-done = Nous avons envoyé un lien à la nouvelle adresse. La modification prendra effet lorsque vous l’ouvrirez.
confirm-email-title = Confirmer votre nouvelle adresse électronique
confirm-email-button = Utiliser cette adresse
confirm-email-done = Votre adresse électronique a été modifiée.
org-title = Notre organisation
org-status = Vérification
org-reason = Motif indiqué par l’UIT : { $reason }
join-requests-title = Demandes d’adhésion
join-requests-empty = Aucune demande d’adhésion en attente.
approve-button = Approuver
decline-button = Refuser
leader-title = Devenir chef de file d’un domaine prioritaire
leader-intro = Les chefs de file des domaines prioritaires sont désignés par l’UIT, à raison de cinq au maximum par domaine prioritaire. Leur plus haut responsable participe à la Table ronde et s’exprime au nom de la Coalition.
field-focus-area = Domaine prioritaire
field-constituency = Groupe de parties prenantes
field-commitment = L’engagement porteur d’impact que vous comptez prendre lors de la Table ronde
field-leader-will-attend = Notre plus haut responsable participera à la Table ronde et s’exprimera au nom de la Coalition.
leader-apply-button = Présenter notre candidature
leader-applied-done = Votre candidature a été transmise à l’UIT.
letter-title = Lettre d’intention
letter-intro = Une fois acceptée par l’UIT, la lettre d’intention fait de votre organisation un membre de domaine prioritaire : vous confirmez que vous prendrez une part active à la préparation de la Table ronde.
field-letter-areas = Domaines prioritaires
field-statement = Le rôle actif que votre organisation jouera dans la préparation de la Table ronde
field-signatory-name = Nom du signataire
field-signatory-title = Fonction du signataire
field-signed-on = Date de signature
field-pdf = Lettre signée (PDF, 5 Mo au maximum, facultatif)
hint-pdf = Si le formulaire est rejeté, joignez de nouveau le fichier.
letter-button = Soumettre la lettre d’intention
letter-done = Votre lettre d’intention a été transmise à l’UIT. Nous vous informerons par courriel de la décision prise.
letter-open = Votre organisation a déjà une lettre d’intention soumise ou acceptée.
letters-title = Nos lettres d’intention
download-pdf = Lettre signée (PDF)
desk-title = Gestion de la Coalition
desk-organisations = Organisations en attente de vérification
desk-organisations-empty = Aucune organisation en attente.
verify-org-button = Vérifier
reject-org-button = Rejeter
field-reason = Motif
desk-leaders = Chefs de file des domaines prioritaires et candidatures
desk-leaders-empty = Aucune candidature ni aucun chef de file pour l’instant.
nominate-button = Désigner
revoke-button = Révoquer
desk-seats = { $area } : { $count } sur 5 chefs de file
desk-nominate-title = Désigner directement un chef de file
field-organisation = Nom de l’organisation
desk-letters = Lettres d’intention
desk-letters-empty = Aucune lettre en attente.
accept-button = Accepter
desk-people = Personnes et rôles
field-role = Rôle
set-role-button = Modifier le rôle
saved = Enregistré.
col-country = Pays
col-areas = Domaines prioritaires
col-person = Personne
coalition-title = La Coalition numérique Partner2Connect
coalition-intro = Les organisations qui dirigent les quatre domaines prioritaires de la Coalition ou qui y participent.
coalition-leaders = Chefs de file
coalition-members = Membres
coalition-none = Aucune pour l’instant.
mail-signature = Coalition numérique Partner2Connect, Union internationale des télécommunications
mail-verify-subject = Confirmez votre adresse électronique pour Partner2Connect
mail-verify-body = Bonjour { $name },

    Veuillez confirmer votre adresse électronique en ouvrant ce lien dans un délai de 48 heures :

    { $link }

    Si vous n’êtes pas à l’origine de cette inscription, ne tenez pas compte de ce message.
mail-new-email-subject = Confirmez votre nouvelle adresse électronique pour Partner2Connect
mail-new-email-body = Bonjour { $name },

    Ouvrez ce lien dans un délai de 24 heures pour utiliser cette adresse avec votre compte Partner2Connect :

    { $link }

    Si vous n’avez pas fait cette demande, ne tenez pas compte de ce message ; rien ne sera modifié.
mail-reset-subject = Réinitialisation de votre mot de passe Partner2Connect
mail-reset-body = Bonjour { $name },

    Ouvrez ce lien dans un délai d’une heure pour choisir un nouveau mot de passe :

    { $link }

    Si vous n’avez pas fait cette demande, ne tenez pas compte de ce message ; votre mot de passe reste inchangé.
mail-join-request-subject = { $person } demande à rejoindre { $organisation }
mail-join-request-body = Bonjour { $name },

    { $person } demande à rejoindre { $organisation } sur Partner2Connect. Approuvez ou refusez cette demande ici :

    { $link }
mail-join-decision-subject = Votre demande pour rejoindre { $organisation }
mail-join-approved-body = Bonjour { $name },

    Votre demande pour rejoindre { $organisation } a été approuvée. Vous pouvez maintenant vous connecter :

    { $link }
mail-join-declined-body = Bonjour { $name },

    Votre demande pour rejoindre { $organisation } a été refusée par l’administrateur de l’organisation.
mail-org-verified-subject = Organisation vérifiée : { $organisation }
mail-org-verified-body = Bonjour { $name },

    L’UIT a vérifié { $organisation }. Ses engagements pourront désormais être publiés après examen.
mail-org-rejected-subject = Organisation non vérifiée : { $organisation }
mail-org-rejected-body = Bonjour { $name },

    L’UIT n’a pas pu vérifier { $organisation }. Motif indiqué :

    { $reason }
mail-leader-subject = Nouveau chef de file de domaine prioritaire : { $organisation }
mail-leader-body = Bonjour { $name },

    L’UIT a désigné { $organisation } chef de file du domaine prioritaire { $area }. Consultez la page de la Coalition :

    { $link }
mail-letter-received-subject = Lettre d’intention reçue
mail-letter-received-body = Bonjour { $name },

    L’UIT a bien reçu la lettre d’intention présentée par { $organisation }. Nous vous écrirons de nouveau lorsqu’une décision aura été prise.
mail-letter-decided-subject = Votre lettre d’intention : décision
mail-letter-accepted-body = Bonjour { $name },

    L’UIT a accepté la lettre d’intention présentée par { $organisation }, qui est désormais membre de domaine prioritaire :

    { $link }
mail-letter-declined-body = Bonjour { $name },

    L’UIT a refusé la lettre d’intention présentée par { $organisation }. Motif indiqué :

    { $reason }

## The full pledge (issue 12)
edit-pledge-title = Modifier l’engagement
section-about = Présentation de l’engagement
field-summary = Résumé
hint-summary = Un paragraphe (de 20 à 600 caractères) que le recueil affiche sous le titre.
section-scope = Zone géographique de l’engagement
hint-scope = Le monde entier, une ou plusieurs régions de l’UIT et/ou des pays. Choisissez au moins une option.
field-scope-global = Monde entier
field-scope-regions = Régions de l’UIT
field-scope-countries = Pays
search-countries = Rechercher un pays
chosen-countries = Pays sélectionnés :
section-money = Aspects financiers
hint-money = Un engagement de financement indique le montant engagé ; les autres engagements peuvent indiquer une valeur estimée.
field-amount = Montant
hint-amount = En chiffres, avec une virgule ou un point pour les décimales, par exemple 2 500 000,50
field-currency = Monnaie
choose-currency = Choisissez une monnaie
field-benefit-level = Avantage
field-benefit-share = Part des ressources (%)
hint-benefit-share = Facultatif : un nombre entier de 0 à 100.
field-benefit-statement = En quoi ce groupe en bénéficie
flags-heading = Vérifiez vos réponses concernant les PMA, les PDSL et les PEID :
flags-on = Cohérence des avantages déclarés, appréciée au { $date } :
flag-ldc-not-in-scope = Vous indiquez que l’engagement profite aux PMA, mais aucun pays ni aucune région de sa zone géographique ne comprend de PMA.
flag-lldc-not-in-scope = Vous indiquez que l’engagement profite aux PDSL, mais aucun pays ni aucune région de sa zone géographique ne comprend de PDSL.
flag-sids-not-in-scope = Vous indiquez que l’engagement profite aux PEID, mais aucun pays ni aucune région de sa zone géographique ne comprend de PEID.
flag-sids-for-landlocked = Vous indiquez que l’engagement profite aux PEID, mais tous les pays de sa zone géographique sont sans littoral.
section-targets = Cibles
hint-targets = Au moins une cible mesurable : ce qui est compté, à partir de quelle valeur de référence, jusqu’à quelle valeur et d’ici à quand. Laissez vides les lignes inutilisées.
target-number = Cible { $n }
field-indicator = Indicateur
field-baseline = Valeur de référence (facultatif)
field-target-value = Valeur cible
field-unit = Unité
field-due = Échéance
add-target = Ajouter une cible
section-dates = Calendrier
field-start-date = Date de début
field-end-date = Date de fin
section-frameworks = ODD et Plan d’action de Kigali
field-sdgs = Objectifs de développement durable
field-kap = Priorités du Plan d’action de Kigali
hint-optional = Facultatif.
section-contact = Personne à contacter
hint-contact = L’UIT écrit à cette personne au sujet de l’engagement. Ces coordonnées ne sont jamais publiées.
field-contact-name = Nom
field-contact-email = Adresse électronique
field-consent = Nous acceptons que l’UIT publie cet engagement dans le recueil une fois qu’il aura été examiné.
save-draft = Enregistrer le brouillon
draft-saving = Enregistrement…
draft-saved-at = Brouillon enregistré le { $time }
draft-save-failed = Non enregistré : vérifiez votre connexion. Ce que vous avez saisi est toujours là ; il sera enregistré lors de votre prochaine modification.
draft-saved-notice = Votre brouillon est enregistré. Vous pouvez y revenir à tout moment depuis « Nos engagements ».
pledge-not-editable = Cet engagement ne peut pas être modifié pour le moment : il est en cours d’examen ou il est clos.
back-to-pledge = Retour à l’engagement
untitled-draft = Brouillon sans titre
edit-pledge = Modifier l’engagement
continue-editing = Reprendre la modification
withdraw-pledge = Retirer l’engagement
withdraw-reason = Pourquoi retirez-vous cet engagement ? (L’UIT en prendra connaissance.)
pledge-withdrawn-notice = L’engagement a été retiré.
revision-of = Version { $n } du { $date }
revisions-heading = Versions
public-revision = Publique
history-heading = Historique
col-when = Date
col-who = Auteur
col-message = Commentaire
col-part = Votre rôle
part-lead = Chef de file
part-confirmed = Partenaire
part-invited = Invitée
part-declined = Invitation refusée
partners-heading = Partenaires
partners-intro = Un engagement conjoint n’est compté qu’une fois dans chaque total. Les partenaires confirmés figurent sur l’engagement aux côtés de l’organisation chef de file.
invitation-question = Votre organisation est invitée à mettre en œuvre conjointement cet engagement. Confirmez-vous sa participation ?
confirm-partnership = Confirmer
decline-partnership = Refuser
invite-partner-label = Inviter une organisation inscrite
choose-organisation = Choisissez une organisation
invite-partner = Envoyer l’invitation
partner-invited-notice = L’invitation a été envoyée.
remove-partner = Retirer
partners-may-edit = Les partenaires confirmés peuvent modifier et soumettre cet engagement.
partners-may-not-edit = Seule votre organisation peut modifier cet engagement.
allow-partner-editing = Autoriser les partenaires à le modifier
stop-partner-editing = Ne plus autoriser les partenaires à le modifier
with-partners = avec { $partners }
share-percent = { $share } % des ressources
usd-label = Équivalent en dollars des États-Unis
usd-equivalent = { $usd } USD (à raison de { $rate } USD par unité, taux du { $date })
usd-not-converted = Pas encore converti : l’UIT ne dispose d’aucun taux de change pour cette monnaie à la date de soumission.
rates-title = Taux de change
rates-intro = Valeur d’une unité de chaque monnaie en dollars des États-Unis, par date. Un engagement est converti au taux le plus récent applicable à sa date de soumission ou à une date antérieure, et conserve ce taux.
field-rate-date = Date du taux
field-usd-per-unit = Dollars des États-Unis pour une unité
hint-usd-per-unit = Par exemple 1,0825 pour l’euro.
add-rate = Ajouter un taux
v-summary-length = Le résumé doit comporter entre 20 et 600 caractères.
v-statement-length = Saisissez entre 10 et 500 caractères.
v-percent = Saisissez un nombre entier de 0 à 100 ou laissez ce champ vide.
v-indicator = Indiquez ce qui est compté (entre 3 et 200 caractères).
v-unit = Indiquez l’unité (40 caractères au maximum), par exemple « écoles » ou « personnes ».
v-quantity = Saisissez un nombre, par exemple 500 ou 12,5.
v-pledge-date = Saisissez une date comprise entre 2000 et 2100.
v-consent = Cochez cette case pour soumettre l’engagement : l’UIT ne publie que les engagements qu’elle est autorisée à publier.
v-date-order = La date de fin ne peut pas être antérieure à la date de début.
v-scope = Indiquez la zone géographique de l’engagement : monde entier, une région ou un pays.
v-amount-required = Un engagement de financement doit indiquer le montant engagé.
v-currency = Choisissez la monnaie du montant.
v-amount = Saisissez le montant en chiffres, par exemple 2500000 ou 2 500 000,50.
v-amount-positive = Le montant doit être supérieur à zéro.
v-amount-too-large = Ce montant est trop élevé ; vérifiez le nombre de chiffres.
v-amount-decimals = Cette monnaie n’admet pas autant de décimales.
v-share-without-benefit = Un groupe qui ne bénéficie pas de l’engagement ne peut pas recevoir une part des ressources.
v-benefit-statement = Indiquez en une phrase en quoi ce groupe en bénéficie.
v-target-required = Indiquez au moins une cible.
v-too-many-targets = Indiquez 20 cibles au maximum.
v-target-due = L’échéance doit être comprise entre la date de début et la date de fin de l’engagement.
v-partner-choice = Choisissez une organisation vérifiée par l’UIT.
v-partner-already = Cette organisation figure déjà sur l’engagement.
v-rate = Saisissez un nombre positif, par exemple 1,0825.
v-rate-taken = Un taux existe déjà pour cette monnaie à cette date.
mail-partner-invited-subject = Invitation à un engagement conjoint : { $title }
mail-partner-invited-body = Bonjour { $name },

    { $organisation } invite votre organisation à mettre en œuvre conjointement son engagement « { $title } ». Acceptez ou refusez l’invitation ici :

    { $link }
mail-partner-answered-subject = Votre invitation à un engagement conjoint : { $title }
mail-partner-confirmed-body = Bonjour { $name },

    { $organisation } a confirmé sa participation à la mise en œuvre conjointe de l’engagement « { $title } » :

    { $link }
mail-partner-declined-body = Bonjour { $name },

    { $organisation } a refusé de participer à la mise en œuvre conjointe de l’engagement « { $title } » :

    { $link }
review-message = Message à l’organisation
request-changes = Demander des modifications
reject = Rejeter
ldc-when-pledged = { $country } (PMA au moment de l’engagement)

## Due diligence (issue 13)
status-second-approval = En attente de la seconde approbation
status-unpublished = Retiré du recueil
action-submit = Soumis
action-claim = Pris en charge
action-assign = Attribué
action-release = Libéré
action-approve = Approuvé
action-reject = Rejeté
action-request-changes = Modifications demandées
action-resubmit = Soumis de nouveau
action-revise = Révisé
action-withdraw = Retiré
action-unpublish = Retiré du recueil
apply-filters = Filtrer
clear-filters = Effacer les filtres
filter-any = Tous
filter-region = Région de l’UIT (zone géographique)
filter-usd-min = Valeur à partir de (USD)
filter-usd-max = Valeur jusqu’à (USD)
filter-min-days = En attente depuis au moins (jours)
filter-assignee = Pris en charge par
filter-sort = Ordre de tri
sort-oldest = Du plus ancien au plus récent
sort-newest = Du plus récent au plus ancien
sort-value = Par valeur décroissante
assignee-me = Moi
assignee-nobody = Personne
queue-filters = Filtrer la file d’attente
queue-states = Statuts de la file d’attente
queue-count =
    { $count ->
        [one] { $count } engagement correspond
        [many] { $count } engagements correspondent
       *[other] { $count } engagements correspondent
    }
col-usd = Valeur (USD)
col-waiting = En attente depuis
col-assignee = Pris en charge par
col-similarity = Similarité
days-waiting =
    { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    }
pages = Pagination
page-of = Page { $page } sur { $pages }
previous-page = Page précédente
next-page = Page suivante
back-to-queue = Retour aux engagements à examiner
open-review = Ouvrir dans l’espace d’examen
desk-heading = Prise en charge de l’engagement
held-by = Pris en charge par { $name }.
held-by-you = Vous avez pris en charge cet engagement.
held-by-nobody = Personne n’a encore pris en charge cet engagement.
first-approval-by = Première approbation donnée par { $name } ; la seconde doit être donnée par un autre examinateur.
four-eyes-needed = Deux approbations requises
claim-pledge = Prendre en charge
release-pledge = Libérer
assign-to = Attribuer à
assign-pledge = Attribuer
organisation-heading = Informations sur l’organisation
verification-heading = Vérification
approval-needs-verified = Cette organisation n’a pas encore été vérifiée : l’engagement ne pourra être approuvé qu’une fois l’organisation vérifiée par l’UIT.
changes-since = Modifications depuis la version { $n }
no-changes = Aucune modification depuis cette version.
consistency-heading = Cohérence des avantages déclarés pour les PMA, les PDSL et les PEID
duplicates-heading = Doublons possibles
no-duplicates = Aucun engagement similaire, publié ou en attente, n’a été trouvé.
similarity-score = { $score } %
decision-heading = Vérification préalable et décision
checklist-heading = Liste de contrôle de la vérification préalable
check-entity-verified = L’entité est vérifiée
check-focus-area-alignment = L’engagement correspond aux domaines prioritaires indiqués
check-type-correct = Le type d’engagement est correct
check-realistic-measurable = L’engagement est réaliste et mesurable
check-group-claim-consistent = Les avantages déclarés pour les PMA, les PDSL et les PEID sont cohérents avec la zone géographique
check-value-plausible = La valeur est plausible
check-not-duplicate = Il ne s’agit pas d’un doublon
check-pass = Conforme
check-fail = Non conforme
check-not-applicable = Sans objet
check-note = Remarque (obligatoire si un critère n’est pas conforme)
review-message-hint = Obligatoire pour demander des modifications ou rejeter l’engagement ; l’organisation en prendra connaissance.
decision-recorded = Décision enregistrée. Statut actuel de l’engagement : { $status }.
unpublish-pledge = Retirer cet engagement du recueil
unpublish-reason = Motif du retrait (l’organisation en prendra connaissance)
reviewer-says = Message de l’UIT
conversation-heading = Échanges avec l’UIT
conversation-empty = Aucun message pour l’instant.
write-to-itu = Écrire aux examinateurs de l’UIT
write-to-organisation = Écrire à l’organisation
internal-note-only = Note interne : visible uniquement par les examinateurs de l’UIT
internal-note = Note interne
from-itu = UIT
send-message = Envoyer
diff-scope = Zone géographique
diff-targets = Cibles
diff-dates = Calendrier
diff-contact = Personne à contacter
audit-title = Journal d’audit
audit-intro = Tous les changements d’état de chaque engagement et tous les événements de la coalition (organisations vérifiées, chefs de file nommés, lettres d’intention tranchées, rôles attribués, mots de passe et adresses électroniques modifiés) : qui, quand, de quel état à quel état, pour quel motif, et la liste de contrôle remplie. Les entrées ne peuvent être ni modifiées ni supprimées.
audit-filters = Filtrer le journal d’audit
audit-who = Auteur (nom ou adresse électronique)
audit-from = Du
audit-until = Au
audit-action = Action
audit-pledge = Engagement
audit-from-to = Changement d’état
audit-revision = version { $id }
audit-count =
    { $count ->
        [one] { $count } entrée
        [many] { $count } entrées
       *[other] { $count } entrées
    }
download-csv = Télécharger au format CSV
err-claimed-by-colleague = Un autre examinateur a pris en charge cet engagement. Demandez-lui de le libérer, ou commencez par vous l’attribuer.
err-same-reviewer-twice = Vous avez donné la première approbation ; la seconde doit être donnée par un autre examinateur.
v-check-fail-note = Indiquez ce qui n’est pas conforme, afin que l’organisation et l’examinateur suivant en soient informés.
v-check-note-length = La remarque doit comporter moins de 1 000 caractères.
v-check-missing = Répondez à ce critère avant d’approuver l’engagement.
v-check-failed = Un engagement comportant un critère non conforme ne peut pas être approuvé : demandez plutôt des modifications ou rejetez-le.
v-message-length = Le message doit comporter 4 000 caractères au maximum.
mail-pledge-decided-subject = Décision de l’UIT concernant votre engagement : { $title }
mail-pledge-approved-body = Bonjour { $name },

    L’UIT a achevé la vérification préalable de votre engagement « { $title } » et l’a publié dans le recueil des engagements Partner2Connect. { $message }

    { $link }
mail-pledge-changes-body = Bonjour { $name },

    L’UIT a examiné votre engagement « { $title } » et demande que des modifications y soient apportées avant sa publication :

    { $message }

    Modifiez-le et soumettez-le de nouveau ici : { $link }
mail-pledge-rejected-body = Bonjour { $name },

    L’UIT a examiné votre engagement « { $title } » et ne peut pas le publier :

    { $message }

    { $link }
mail-pledge-unpublished-body = Bonjour { $name },

    L’UIT a retiré votre engagement « { $title } » du recueil public :

    { $message }

    { $link }
mail-pledge-other-body = Bonjour { $name },

    Votre engagement « { $title } » a fait l’objet d’une mise à jour. { $message }

    { $link }
mail-pledge-message-subject = Nouveau message concernant l’engagement : { $title }
mail-pledge-message-body = Bonjour { $name },

    { $author } a écrit au sujet de l’engagement « { $title } » :

    { $message }

    Répondez ici : { $link }

## The public compendium (issue 14)
nav-dashboard = Tableau de bord
compendium-search = Rechercher
compendium-search-hint = Mots du titre, du résumé ou du nom d’une organisation, dans n’importe quelle langue.
compendium-filters = Filtrer le recueil
filter-country = Pays (de la zone géographique)
filter-group = Groupes bénéficiaires
filter-year = Année de publication
filter-organisation = Organisation (chef de file ou partenaire)
downloads = Télécharger ces engagements
export-csv = CSV
export-xlsx = Classeur Excel (XLSX)
export-json = Données ouvertes (JSON)
export-docx = Recueil au format Word (DOCX)
first-page = Première page
open-dashboard = Voir les totaux et les graphiques de ces engagements
counter-heading = Ces engagements en chiffres
stat-pledges = Engagements
stat-usd = Valeur en dollars des États-Unis
stat-organisations = Organisations participantes
stat-governments = Gouvernements
stat-countries = Pays mentionnés
stat-ldc-share = Profitant aux PMA
stat-without-usd =
    { $count ->
        [one] { $count } engagement n’a pas encore d’équivalent en dollars des États-Unis et n’est pas pris en compte dans la valeur.
        [many] { $count } engagements n’ont pas encore d’équivalent en dollars des États-Unis et ne sont pas pris en compte dans la valeur.
       *[other] { $count } engagements n’ont pas encore d’équivalent en dollars des États-Unis et ne sont pas pris en compte dans la valeur.
    }
percent = { $percent } %
public-ref = Référence
published-label = Date de publication
permalink-hint = L’adresse de cette page ne changera pas : citez l’engagement sous la référence { $reference }.
back-to-compendium = Retour au recueil des engagements
dashboard-title = Tableau de bord des engagements
dashboard-intro = Bilan chiffré des engagements publiés. Un engagement conjoint n’est compté qu’une fois ; un engagement qui porte sur plusieurs domaines prioritaires ou plusieurs régions est compté dans chacun d’eux.
chart-by-focus-area = Par domaine prioritaire
chart-by-type = Par type d’engagement
chart-by-stakeholder = Par type d’organisation chef de file
chart-by-region = Par région de l’UIT
chart-by-group = Avantages pour les PMA, les PDSL et les PEID
chart-alt = Diagramme à barres : { $title }. Le tableau ci-dessous présente les mêmes données.
col-category = Catégorie
as-at = Situation au { $time }
contents-heading = Table des matières
sheet-summary = Synthèse
sheet-all-pledges = Tous les engagements
col-approved = Date d’approbation
col-partners = Partenaires
col-lead-organisation = Organisation chef de file
col-as-at = Données au

## Issue 22: uploads
v-pdf-damaged = Ce PDF est endommagé ou incomplet. Enregistrez-le ou exportez-le de nouveau, puis joignez le nouveau fichier.
v-pdf-too-deep = Ce PDF ne peut pas être accepté : sa structure est imbriquée trop profondément. Imprimez-le dans un nouveau PDF et joignez celui-ci.
v-pdf-unpacks-too-large = Une fois décompressé, ce PDF contient bien plus de données qu’une lettre signée n’en demande. Imprimez-le dans un nouveau PDF et joignez celui-ci.
v-pdf-zip = Ce fichier est aussi une archive ZIP. Joignez un simple PDF de la lettre signée.
## Issue 22: downloads and cache
v-search-too-long = Une recherche peut comporter 200 caractères au maximum.
v-search-too-many-terms = Recherchez au plus 8 mots à la fois.
v-search-term-short = Chaque mot recherché doit comporter au moins 2 caractères ; un seul caractère chinois, japonais ou coréen suffit.
v-search-term-long = Un mot recherché peut comporter 100 caractères au maximum.
err-busy = Le serveur est occupé à préparer d'autres fichiers. Veuillez réessayer dans quelques secondes.
## Issue 22: accounts
mail-register-again-subject = Quelqu’un a tenté d’inscrire votre adresse électronique sur Partner2Connect
mail-register-again-body = Bonjour { $name },

    Quelqu’un, peut-être vous, a tenté de créer un nouveau compte Partner2Connect avec cette adresse électronique. Elle a déjà un compte ; rien n’a donc été modifié.

    Si c’était vous, connectez-vous. Si vous avez oublié votre mot de passe, choisissez-en un nouveau ici :

    { $link }

    Si ce n’était pas vous, ne tenez pas compte de ce message ; votre compte reste tel quel.
verify-password-intro = Saisissez le mot de passe choisi lors de votre inscription, puis cliquez sur le bouton. Seule la personne qui s’est inscrite peut confirmer l’adresse.
v-registration-password = Ce n’est pas le mot de passe choisi lors de l’inscription de cette adresse.
v-org-taken-meanwhile = Une autre organisation portant ce nom a été inscrite entre-temps. Inscrivez-vous à nouveau sous un autre nom, ou demandez à la rejoindre.
## Issue 22: partners and holes
field-named-partners = Partenaires non inscrits sur la plateforme
field-named-partners-hint = Un nom par ligne, 20 au plus. Ils font partie de l’engagement : l’UIT les examine avec lui, et la page publique indique que l’organisation chef de file les a désignés.
v-named-partner = Indiquez le nom de chaque partenaire en 2 à 200 caractères, un nom par ligne.
v-named-partners-too-many = Indiquez 20 partenaires au plus.
v-drafts-capped = Votre organisation a déjà 200 brouillons. Soumettez-en ou retirez-en avant de commencer un nouvel engagement.
named-by-lead = désigné par l’organisation chef de file
named-partners-in-form = Les partenaires sans compte sont indiqués dans le formulaire de l’engagement ; l’UIT les examine avec l’engagement.
## Issue 22: notices and audit
notices-title = Engagements en attente d’examen
notices-intro = Comment souhaitez-vous être informé des engagements qui entrent dans la file d’examen ?
notices-each = Un courriel pour chaque engagement, dès son arrivée
notices-digest = Un récapitulatif quotidien des nouveaux engagements
notices-save = Enregistrer mon choix
notices-saved = Votre choix est enregistré.
mail-notice-received-subject = L’UIT a reçu votre engagement : { $title }
mail-notice-received-body = Bonjour { $name },

    L’UIT a reçu votre engagement « { $title } » pour sa vérification préalable. Un examinateur l’étudiera et vous recevrez la décision par courriel.

    Suivez-le ici : { $link }
mail-notice-withdrawn-subject = Engagement retiré : { $title }
mail-notice-withdrawn-body = Bonjour { $name },

    Votre engagement « { $title } » a été retiré. Motif indiqué :

    { $reason }

    { $link }
mail-notice-waiting-subject = Un engagement attend d’être examiné : { $title }
mail-notice-waiting-body = Bonjour { $name },

    { $organisation } a soumis l’engagement « { $title } ». Il attend dans la file d’examen.

    Examinez-le ici : { $link }
mail-notice-assigned-subject = Un engagement vous a été attribué : { $title }
mail-notice-assigned-body = Bonjour { $name },

    { $person } vous a attribué l’examen de l’engagement « { $title } ».

    Examinez-le ici : { $link }
mail-notice-second-subject = Une seconde approbation est nécessaire : { $title }
mail-notice-second-body = Bonjour { $name },

    { $person } a donné la première approbation de l’engagement « { $title } ». Vu sa valeur, une seconde approbation par un autre examinateur est nécessaire.

    Examinez-le ici : { $link }
mail-notice-digest-subject = Engagements en attente d’examen : { $count }
mail-notice-digest-body = Bonjour { $name },

    Ces engagements sont entrés dans la file d’examen depuis votre dernier récapitulatif :

    { $pledges }

    Toute la file : { $link }
mail-notice-digest-line = - { $title } ({ $organisation }) : { $link }
audit-about = Objet
audit-about-pledge = Engagement
audit-about-organisation = Organisation
audit-about-leader = Chef de file d’un domaine prioritaire
audit-about-letter = Lettre d’intention
audit-about-account = Compte
audit-about-partners = Partenaires d’un engagement
audit-do-verify = Vérifier
audit-do-apply = Se porter candidat comme chef de file
audit-do-nominate = Nommer
audit-do-accept = Accepter
audit-do-decline = Refuser
audit-do-revoke = Révoquer
audit-do-set-role = Changer de rôle
audit-do-change-password = Changer le mot de passe
audit-do-change-email = Changer l’adresse électronique
audit-do-invite = Inviter un partenaire
audit-do-confirm = Confirmer le partenariat
audit-do-name-partner = Nommer un partenaire
audit-do-remove-partner = Retirer un partenaire
audit-do-partner-rights = Droits de modification des partenaires
progress-not-started = Pas commencé
progress-on-track = En bonne voie
progress-delayed = En retard
progress-completed = Achevé
progress-cancelled = Annulé
report-filed = Déposé
report-accepted = Accepté par l’UIT
report-more-requested = L’UIT a demandé des compléments
report-taken-down = Retiré par l’UIT
light-on-track = En bonne voie
light-at-risk = À risque
light-off-track = Hors trajectoire
light-inactive = Inactif : aucun rapport pendant deux cycles consécutifs
light-none = Pas encore de rapport
v-progress-status = Choisissez l’état d’avancement des travaux.
v-progress-percent = Saisissez un nombre entier de 0 à 100.
v-progress-reason = Indiquez pourquoi en 10 à 1 000 caractères : un engagement en retard, achevé ou annulé nécessite un motif ou une remarque.
v-narrative-length = Décrivez ce qui s’est passé en 20 à 5 000 caractères.
v-past-date = Saisissez une date comprise entre 2000 et aujourd’hui.
v-links-too-many = Indiquez 10 liens au maximum, un par ligne.
v-evidence-too-large = Un fichier dépasse 10 Mo.
v-evidence-kind = Joignez uniquement des documents PDF ou des images PNG ou JPEG.
v-evidence-damaged = Un fichier est endommagé ou incomplet. Enregistrez-le ou exportez-le de nouveau, puis joignez le nouveau fichier.
v-evidence-unsafe = Un fichier ne peut pas être accepté : sa structure pourrait nuire à la personne qui l’ouvre. Imprimez-le ou exportez-le de nouveau.
v-evidence-zip = Un fichier est aussi une archive ZIP. Joignez un simple PDF ou une simple image.
v-evidence-too-many = Un rapport comporte cinq fichiers au maximum. Retirez-en un avant d’en ajouter un autre.
v-progress-unpublished = Seul un engagement publié peut faire l’objet de rapports d’avancement.
v-cycle-overlap = Cette période chevauche un cycle qui existe déjà.
v-recipients-required = Choisissez au moins une personne de votre organisation.
nav-progress-review = Rapports d’avancement
report-progress = Rendre compte de l’avancement
progress-title = Avancement de l’engagement
progress-intro = Indiquez à l’UIT et au public où en est l’engagement. Un rapport déposé est public immédiatement ; les fichiers justificatifs restent privés, sauf si vous les rendez publics.
progress-owed = Ce rapport correspond au cycle { $cycle } ; il est attendu le { $due }.
progress-interim = Aucun rapport de cycle n’est attendu pour l’instant : ce rapport est une mise à jour entre deux cycles.
progress-read-only = Seule l’organisation chef de file, ou un partenaire qu’elle autorise à modifier l’engagement, dépose le rapport.
field-progress-status = État d’avancement des travaux
field-status-reason = Motif ou remarque
hint-status-reason = Obligatoire si les travaux sont en retard, achevés ou annulés : indiquez pourquoi, ou ce qui a été réalisé.
field-percent = Pourcentage de réalisation
hint-percent = Un nombre entier de 0 à 100.
progress-targets = Valeurs atteintes pour les cibles
progress-target-line = Cible : { $target } { $unit } d’ici au { $due }
field-value-reached = Valeur atteinte
field-reached-on = Date à laquelle elle a été atteinte
progress-money = Fonds décaissés à ce jour
hint-disbursed = Le total versé à ce jour, dans sa monnaie. Son équivalent en dollars des États-Unis est calculé au taux de l’UIT du jour que vous indiquez.
field-disbursed-amount = Montant décaissé
field-disbursed-currency = Monnaie
field-disbursed-on = Arrêté au
field-delivered-countries = Pays où des résultats ont été obtenus
hint-delivered-countries = Maintenez la touche Ctrl (ou Cmd) enfoncée pour en choisir plusieurs.
field-beneficiaries = Bénéficiaires touchés
field-beneficiaries-unit = Unité de compte des bénéficiaires
hint-beneficiaries-unit = Par exemple personnes, écoles ou dispensaires.
field-narrative = Ce qui s’est passé
hint-narrative = De 20 à 5 000 caractères.
field-links = Liens vers des justificatifs
hint-links = Une adresse Web par ligne, 10 au maximum.
field-files = Fichiers justificatifs
hint-files = PDF, PNG ou JPEG, 10 Mo au maximum par fichier et cinq fichiers par rapport.
field-files-public = Rendre publics les fichiers de ce rapport
draft-files = Fichiers joints au brouillon
remove-file = Retirer { $name }
save-report-draft = Enregistrer le brouillon
file-report = Déposer le rapport
report-draft-saved = Brouillon enregistré.
report-filed-notice = Rapport déposé. Il est désormais public.
progress-timeline = Chronologie de l’avancement
progress-no-reports = Aucun rapport d’avancement pour l’instant.
report-heading = Rapport du { $date }
report-cycle = Cycle de rapport { $cycle }
report-interim = Mise à jour entre deux cycles
report-by = Déposé par { $organisation }
progress-percent-label = Réalisé à { $percent } %
progress-disbursed-label = Fonds décaissés
progress-usd-unknown = Équivalent en dollars des États-Unis inconnu : aucun taux n’est disponible pour ce jour.
progress-countries-label = Pays où des résultats ont été obtenus
progress-beneficiaries-label = Bénéficiaires touchés
progress-evidence-label = Justificatifs
progress-private-file = privé
progress-light-label = Indicateur d’avancement
progress-comments = Commentaires
field-comment = Votre commentaire
comment-button = Commenter
review-progress-title = Rapports d’avancement à examiner
review-progress-intro = Les rapports déposés sont publics immédiatement. Acceptez-les, demandez des compléments (le message est ajouté aux échanges concernant l’engagement) ou retirez-en un.
review-progress-empty = Aucun rapport n’est en attente.
accept-report = Accepter
ask-for-more = Demander des compléments
take-down-report = Retirer
restore-report = Rétablir
field-review-message = Message à l’organisation
progress-duties-title = Rapports d’avancement
progress-duties-intro = Chaque engagement publié fait l’objet d’un rapport par cycle et peut en faire l’objet à tout moment.
duty-due = Attendu le { $due } ({ $cycle })
duty-overdue = En retard depuis le { $due } ({ $cycle })
duty-up-to-date = À jour
duty-closed = Clos : les travaux sont achevés ou annulés
duty-last-filed = Dernier rapport déposé le { $date }
duty-draft = Brouillon enregistré
cycles-title = Cycles de rapport
cycles-intro = Chaque engagement publié avant la fin de la période d’un cycle doit faire l’objet d’un rapport pour ce cycle, attendu à la date fixée pour le cycle.
field-cycle-label = Nom
field-period-start = Début de la période
field-period-end = Fin de la période
field-due-on = Rapport attendu le
add-cycle = Ajouter un cycle
set-due = Modifier la date limite
recipients-title = Destinataires des rappels concernant les rapports d’avancement
recipients-intro = Les rappels sont envoyés 30 jours, 7 jours et 1 jour avant la date limite d’un rapport, puis chaque semaine tant qu’il est en retard. Tant que vous n’avez pas fait de choix, ce sont les administrateurs de votre organisation qui les reçoivent.
save-recipients = Enregistrer
recipients-saved = Enregistré.
audit-about-progress = Rapport d’avancement
audit-about-cycle = Cycle de rapport
audit-do-file = Déposer un rapport
audit-do-request-more = Demander des compléments
audit-do-take-down = Retirer
audit-do-restore = Rétablir
audit-do-add = Ajouter
audit-do-set-due = Modifier la date limite
audit-do-set-progress-recipients = Destinataires des rappels
mail-progress-due-subject = Rapport d’avancement attendu le { $due } : { $title }
mail-progress-due-body = Bonjour { $name },

    Le rapport d’avancement du cycle { $cycle } sur l’engagement « { $title } » est attendu le { $due }. Indiquez ce qui a été atteint, ce qui a été décaissé et ce que cela a changé.

    Déposez-le ici : { $link }
mail-progress-overdue-subject = Rapport d’avancement en retard : { $title }
mail-progress-overdue-body = Bonjour { $name },

    Le rapport d’avancement du cycle { $cycle } sur l’engagement « { $title } » était attendu le { $due } et n’a pas été déposé. Un engagement sans rapport pendant deux cycles consécutifs est signalé comme inactif.

    Déposez-le ici : { $link }
mail-progress-filed-subject = Rapport d’avancement déposé : { $title }
mail-progress-filed-body = Bonjour { $name },

    { $person } a déposé un rapport d’avancement sur l’engagement « { $title } ». Il est désormais public.

    Consultez-le ici : { $link }
mail-progress-reviewed-subject = L’UIT a examiné le rapport d’avancement : { $title }
mail-progress-accepted-body = Bonjour { $name },

    L’UIT a accepté le rapport d’avancement sur l’engagement « { $title } ».

    { $message }

    Consultez-le ici : { $link }
mail-progress-taken-down-body = Bonjour { $name },

    L’UIT a retiré le rapport d’avancement sur l’engagement « { $title } ». Il n’est plus public. Message de l’UIT :

    { $message }

    Consultez-le ici : { $link }
mail-progress-comment-subject = Nouveau commentaire sur un rapport d’avancement : { $title }
mail-progress-comment-body = Bonjour { $name },

    { $person } a commenté le rapport d’avancement sur l’engagement « { $title } » :

    { $message }

    Répondez ici : { $link }
col-delivered = Décaissé (USD)
col-delivered-share = Part décaissée
stat-delivered = Décaissé selon les rapports (USD)
stat-reporting = Engagements avec rapport d’avancement
col-last-report = Dernier rapport d’avancement
sheet-progress = Avancement

## Roundtables and events
nav-events = Événements
nav-my-events = Nos événements
nav-organiser-events = Organisation d’événements
events-title = Événements
events-intro = Les tables rondes, sommets et conférences où les membres de la Coalition annoncent leurs engagements.
events-empty = Aucun événement pour le moment.
event-planned = Prévu
event-open = Ouvert aux annonces
event-held = Tenu
event-archived = Archivé
event-time-zone = Heures du fuseau { $zone }
announced-pledges = Engagements annoncés
announced-none = Aucun engagement annoncé ici n’est encore public.
ldc-share = Au profit des PMA (part des engagements, USD)
event-in-compendium = Ces engagements dans le recueil
event-export = Télécharger ces engagements (Excel)
programme-title = Programme de l’événement
programme-empty = Aucune séance pour le moment.
video-statements = Déclarations vidéo
watch-on = Regarder sur { $host } (ouvre un autre site)
transcript = Transcription ou résumé
announced-at = Annoncé lors de { $event }
announced-at-label = Annoncé lors de
session-high-level = Segment de haut niveau
session-panel = Débat d’experts
session-group-discussion = Discussion de groupe
session-plenary = Engagements annoncés en séance plénière
session-signing = Cérémonie de signature
session-other = Autre séance
announcement-requested = Annonce demandée
announcement-accepted = Acceptée
announcement-scheduled = Programmée
announcement-declined = Refusée
announcement-withdrawn = Retirée par l’organisation
announcement-dropped = Engagement retiré du programme
organiser-events-title = Événements que vous organisez
create-event = Créer l’événement
save-event = Enregistrer l’événement
edit-event = Modifier les informations sur l’événement
event-saved = L’événement a été enregistré.
field-event-name = Nom de l’événement
field-event-slug = Adresse de sa page publique
hint-event-slug = Lettres minuscules, chiffres et traits d’union, par exemple wtdc-27. Cette adresse ne pourra plus être modifiée.
field-event-place = Lieu
field-time-zone = Fuseau horaire
hint-time-zone = Le fuseau horaire du lieu, sous la forme Zone/Ville : Africa/Kigali, Europe/Zurich, Asia/Riyadh.
field-starts-on = Premier jour
field-ends-on = Dernier jour
field-event-status = Statut
public-event-page = Page publique
back-to-desk = Retour à la gestion de l’événement
add-session = Ajouter la séance
session-saved = La séance a été enregistrée.
remove-session = Supprimer cette séance
field-session-kind = Type de séance
field-session-title = Titre de la séance
field-session-starts = Début
field-session-ends = Fin
hint-event-local-time = Heure locale de l’événement.
field-room = Salle
field-moderator = Modérateur
field-session-focus-area = Domaine prioritaire
no-focus-area = Aucun
field-speakers = Intervenants
hint-speakers = Un par ligne : nom ; fonction ; organisation. Une organisation inscrite est reliée à sa page si son nom est indiqué exactement.
speaker-label = Intervenant
announcements-title = Annonces
announcements-empty = Aucune demande d’annonce pour le moment.
announcement-decided = C’est fait.
accept-announcement = Accepter
decline-announcement = Refuser
schedule-announcement = Programmer
unschedule-announcement = Retirer du programme
field-plenary = Séance plénière
field-position = Ordre de passage
field-minutes = Durée (minutes)
video-loop-title = Déclarations vidéo entre les séances
videos-empty = Aucune déclaration vidéo pour le moment.
video-label = Vidéo
add-leader-video = Ajouter la déclaration vidéo d’un chef de file
add-video = Ajouter la vidéo
field-leader = Chef de file
field-video-url = Lien vers la vidéo
hint-video-url = Un lien https vers un hébergeur autorisé par l’UIT (YouTube, Vimeo, le site multimédia de l’UIT…).
field-video-length = Durée
hint-video-length = Minutes et secondes, par exemple 2:30.
field-transcript = Transcription ou résumé
video-statement-optional = Déclaration vidéo (si vous en avez une)
signing-ceremony = Cérémonie de signature
open-signatories = Ouvrir la liste des signataires
signatories-count = { $confirmed } signataires confirmés sur { $all }.
ceremony-sheet = Feuille de la cérémonie de signature
signatories-empty = La liste des signataires n’a pas été ouverte.
col-capacity = Rôle dans la Coalition
col-signatory = Signataire
col-signature = Signature manuscrite
coalition-leader = Chef de file de domaine prioritaire
coalition-member = Membre
signatory-unconfirmed = Pas encore confirmé
signatory-confirmed = Signataire confirmé.
run-of-show-title = Déroulé de l’événement
run-changes-since = Modifications depuis
hint-run-since = Heure locale de l’événement. Ce qui a changé après ce moment est signalé, et ce qui a été retiré du programme est énuméré.
show-changes = Afficher les modifications
run-changed = Modifié
run-removed = Retiré du programme
download-docx = Télécharger au format Word (DOCX)
download-xlsx = Télécharger au format Excel (XLSX)
col-starts = Début
col-ends = Fin
col-position = Ordre de passage
col-slot = Créneau
my-events-title = Nos événements
ask-to-announce = Demander à annoncer un engagement
ask-to-announce-intro = Demandez à annoncer lors d’un événement un engagement publié ou en cours d’examen. Selon les règles applicables aux chefs de file, l’intervenant est le plus haut responsable de votre organisation.
announcement-asked = Votre demande a été transmise aux organisateurs.
nothing-to-announce = Aucun événement n’accepte d’annonces pour le moment, ou votre organisation n’a aucun engagement pouvant être annoncé.
field-event = Événement
field-pledge = Engagement
field-speaker-name = Nom de l’intervenant
field-speaker-title = Fonction de l’intervenant
hint-speaker = La personne qui annoncera l’engagement en séance plénière.
our-announcements = Nos demandes d’annonce
withdraw-announcement = Retirer la demande
signatures-empty = Votre organisation ne figure encore sur la liste d’aucune cérémonie de signature.
confirm-signatory = Confirmer le signataire
video-hosts-title = Hébergeurs de vidéos
video-hosts-intro = Les déclarations vidéo ne peuvent renvoyer qu’à ces hébergeurs. Les pages affichent un lien et la transcription ; aucun contenu de ces sites n’est chargé tant que le visiteur n’a pas cliqué.
field-host = Hébergeur
hint-host = Un nom d’hôte, par exemple www.youtube.com.
add-host = Autoriser cet hébergeur
remove-host = Retirer
audit-about-event = Événement
audit-about-announcement = Annonce
audit-about-session = Séance
audit-do-request = Demander une annonce
audit-do-schedule = Programmer
audit-do-unschedule = Retirer du programme
audit-do-drop = Retirer avec l’engagement
audit-do-edit = Modifier
audit-do-remove = Supprimer
audit-do-open-signatories = Ouvrir la liste des signataires
audit-do-add-video = Ajouter une vidéo
v-event-name = Donnez à l’événement un nom de 3 à 200 caractères, sur une seule ligne.
v-event-slug = Utilisez de 3 à 60 lettres minuscules, chiffres et traits d’union isolés, par exemple wtdc-27.
v-event-slug-taken = Un autre événement utilise déjà cette adresse.
v-event-place = Indiquez le lieu de l’événement.
v-time-zone = Indiquez un fuseau horaire sous la forme Zone/Ville, par exemple Africa/Kigali.
v-session-title = Donnez à la séance un titre de 3 à 200 caractères.
v-local-time = Indiquez une date et une heure (cette heure n’existe pas dans le fuseau horaire de l’événement, ou la date n’est pas valide).
v-session-times = La séance doit se terminer après son début.
v-room = Indiquez dans quelle salle se tient la séance.
v-speakers = Indiquez un intervenant par ligne : nom ; fonction ; organisation (20 intervenants au maximum).
v-room-taken = Une autre séance a lieu dans cette salle à ce moment-là.
v-session-outside-event = La séance doit avoir lieu pendant les jours de l’événement.
v-session-has-announcements = Des annonces sont placées dans cette séance ; retirez-les avant d’en changer le type.
v-event-closed = Cet événement n’accepte pas de demandes d’annonce pour le moment.
v-announce-status = Seul un engagement publié ou en cours d’examen peut être annoncé.
v-announce-twice = L’annonce de cet engagement a déjà été demandée pour cet événement.
v-speaker-title = Indiquez la fonction de l’intervenant.
v-video-url = Indiquez un lien https vers la vidéo.
v-video-length = Indiquez la durée en minutes et secondes, par exemple 2:30 (deux heures au maximum).
v-transcript = Fournissez une transcription ou un résumé de 20 à 20 000 caractères : beaucoup de personnes ne peuvent pas regarder la vidéo.
v-video-host = Les vidéos ne peuvent renvoyer qu’à des hébergeurs autorisés par l’UIT ; cet hébergeur ne figure pas sur la liste.
v-video-host-name = Indiquez un nom d’hôte, par exemple www.youtube.com.
v-slot-minutes = Un créneau dure de 1 à 60 minutes.
v-session-not-plenary = Les annonces sont placées dans une séance plénière consacrée aux annonces.
v-slots-overflow = Les créneaux dépasseraient la fin de la séance.
v-not-a-leader = Seule la vidéo d’un chef de file de domaine prioritaire peut être ajoutée ici.
mail-event-accepted-subject = Votre annonce lors de { $event } a été acceptée : { $title }
mail-event-accepted-body = Bonjour { $name },

    Les organisateurs de { $event } ont accepté votre demande d’annoncer l’engagement « { $title } ». Ils vous indiqueront quand l’annonce sera programmée.

    Vos demandes : { $link }
mail-event-scheduled-subject = Votre annonce lors de { $event } est programmée : { $title }
mail-event-scheduled-body = Bonjour { $name },

    L’engagement « { $title } » sera annoncé lors de { $event }, pendant la séance « { $session } », le { $time }.

    Vos demandes : { $link }
mail-event-week-subject = Dans une semaine : votre annonce lors de { $event }
mail-event-day-subject = Demain : votre annonce lors de { $event }
mail-event-slot-body = Bonjour { $name },

    { $speaker } annoncera l’engagement « { $title } » lors de { $event }, le { $time }.

    Vos demandes : { $link }
mail-event-left-subject = Un engagement programmé a été retiré du programme de { $event }
mail-event-withdrawn-body = Bonjour { $name },

    L’engagement « { $title } », dont l’annonce avait été acceptée pour { $event }, a été retiré par son organisation. Il ne figure plus au programme ni sur la page publique.

    Gestion de l’événement : { $link }
mail-event-unpublished-body = Bonjour { $name },

    L’engagement « { $title } », dont l’annonce avait été acceptée pour { $event }, n’est plus public (dépublié ou rejeté par l’UIT). Il ne figure plus au programme ni sur la page publique.

    Gestion de l’événement : { $link }

# Marketplace
opp-kind-project = Projet
opp-kind-regional = Initiative régionale
opp-kind-flagship = Initiative phare
opp-kind-campaign = Campagne
opp-status-open = Ouverte
opp-status-funded = Financée
opp-status-closed = Clôturée
in-kind-equipment = Équipement
in-kind-expertise = Savoir-faire
in-kind-training = Formation
in-kind-connectivity = Connectivité
sign-on-submitted = En attente d’examen par l’UIT
sign-on-approved = Approuvée : cosignataire
sign-on-rejected = Non acceptée
sign-on-withdrawn = Retirée
report-inaccurate = Informations inexactes
report-duplicate = Doublon
report-not-happening = Pas mis en œuvre
report-inappropriate = Contenu inapproprié
report-other = Autre
report-state-open = Ouvert
report-state-dismissed = Classé sans suite
report-state-asked = Organisation interrogée
report-state-unpublished = Page retirée
report-dismiss = Classer le signalement sans suite
report-ask = Interroger l’organisation
report-unpublish = Retirer la page du site public
v-opportunity-needs = Indiquez les fonds nécessaires ou cochez au moins un type d’aide nécessaire.
v-sign-on-role = Indiquez en 10 à 2 000 caractères ce que fera votre organisation.
v-report-reason = Choisissez un motif.
v-report-message = Décrivez le problème en 10 à 2 000 caractères.
v-opportunity-slug-taken = Une autre opportunité utilise déjà cette adresse.
v-sign-on-closed = Cet engagement n’accepte pas d’adhésions pour le moment.
v-sign-on-twice = Votre organisation s’est déjà jointe à cet engagement.
v-sign-on-own = Votre organisation est chef de file de cet engagement.
v-answers = Choisissez des opportunités dans la liste.
v-decision-reason = Indiquez un motif de 5 à 2 000 caractères.
mail-market-sign-on-subject = Votre adhésion à « { $title } »
mail-market-sign-on-approved-body = Bonjour { $name },

    L’UIT a approuvé l’adhésion de votre organisation à l’engagement « { $title } ». Votre organisation figure désormais comme cosignataire sur la page publique.

    L’engagement : { $link }
mail-market-sign-on-rejected-body = Bonjour { $name },

    L’UIT n’a pas accepté l’adhésion de votre organisation à l’engagement « { $title } ».

    Motif indiqué par l’examinateur : { $reason }

    L’engagement : { $link }
mail-market-co-signed-subject = Un nouveau cosignataire pour « { $title } »
mail-market-co-signed-body = Bonjour { $name },

    { $organisation } s’est jointe à votre engagement « { $title } », et l’UIT a approuvé cette adhésion. Cette organisation figure désormais comme cosignataire sur la page publique.

    L’engagement : { $link }
mail-market-report-subject = Signalement concernant « { $title } »
mail-market-report-asked-body = Bonjour { $name },

    Un visiteur a signalé un problème concernant « { $title } » (motif : { $reason }). Un examinateur de l’UIT vous demande :

    { $message }

    Veuillez répondre à l’UIT ou corriger la page. La page : { $link }
mail-market-report-unpublished-body = Bonjour { $name },

    À la suite d’un signalement concernant « { $title } » (motif : { $reason }), un examinateur de l’UIT a retiré cette page du site public.

    Note de l’examinateur : { $message }

    La page : { $link }
nav-opportunities = Opportunités
opportunities-title = Opportunités de financement et de participation
opportunities-intro = Projets, initiatives régionales de la CMDT, initiatives phares et campagnes que l’UIT invite les partenaires à financer ou à rejoindre. Prenez un engagement en faveur de l’une d’elles : une fois publié par l’UIT, votre engagement est pris en compte dans sa barre de financement.
opportunities-for-you = Opportunités pour vous
all-opportunities = Toutes les opportunités
opportunities-empty = Aucune opportunité ne correspond à ces filtres.
opportunity-filters = Filtrer les opportunités
opportunity-search = Rechercher dans les titres et les résumés
field-opportunity-kind = Type
field-opportunity-status = Statut
post-opportunity = Publier une opportunité
edit-opportunity = Modifier l’opportunité
save-opportunity = Enregistrer l’opportunité
field-opportunity-slug = Adresse de sa page
field-target-countries = Pays cibles
field-groups = Groupes PMA, PDSL et PEID
money-needed = Fonds nécessaires
in-kind-needed = Aide en nature nécessaire
field-in-kind-note = Précisions sur l’aide en nature
opportunity-contact = Contact à l’UIT
opportunity-places = Régions et pays
opportunity-everywhere = Tous les pays
opportunity-timeline = Calendrier
funding-title = Financement
funding-of = { $committed } engagés sur { $needed } nécessaires
funding-committed = { $committed } engagés
funding-bar-label = Part des fonds nécessaires qui a été engagée
delivered-bar-label = Part des fonds nécessaires qui a été décaissée
funding-lines = Engagements publiés : { $count } ; { $pledged } promis, { $cosigned } apportés par des cosignataires, { $delivered } décaissés à ce jour
pledge-to-opportunity = Prendre un engagement en faveur de cette opportunité
answering-pledges = Engagements publiés qui y répondent
answering-none = Aucun engagement publié n’y répond encore.
co-signers-add = Les cosignataires ajoutent { $usd }
reason-similar-size = taille comparable à celle de vos engagements
reason-funder = vous financez des projets
suggestion-reason = Pourquoi : { $reasons }
report-problem = Signaler un problème sur cette page
report-thanks = Merci. Les examinateurs de l’UIT examineront votre signalement.
field-report-reason = Quel est le problème ?
field-report-message = Donnez-nous plus de détails
field-report-email = Votre adresse électronique (facultatif)
hint-report-email = Uniquement si vous souhaitez une réponse. Sans adresse, votre signalement ne contient rien qui permette de vous identifier ; l’organisation n’est jamais informée de l’identité de l’auteur du signalement.
send-report = Envoyer le signalement
co-signers-title = Cosignataires
sign-on-title = Se joindre à cet engagement
sign-on-open = Cet engagement est ouvert : d’autres organisations peuvent s’y joindre en apportant des fonds ou une aide en nature, ou en y jouant un rôle. L’UIT examine chaque adhésion avant qu’elle n’apparaisse ici.
your-sign-on = Adhésion de votre organisation : { $state }
withdraw-sign-on = Retirer notre adhésion
close-sign-on = Clore les adhésions à cet engagement
field-sign-on-amount = Fonds apportés par votre organisation (facultatif)
field-sign-on-in-kind = Aide en nature apportée par votre organisation
field-sign-on-role = Ce que fera votre organisation
sign-on-button = Se joindre
sign-on-queue-title = Adhésions
sign-on-queue-intro = Organisations qui se sont jointes à des engagements ouverts. Approuvez une adhésion pour que l’organisation figure comme cosignataire ; rejetez-la en indiquant un motif. Rien ne change sur les pages publiques tant que vous n’avez pas approuvé.
sign-on-queue-empty = Aucune adhésion n’est en attente d’examen.
approve-sign-on = Approuver { $organisation }
reject-reason = Motif du rejet
reject-sign-on = Rejeter
report-queue-title = Signalements
report-queue-intro = Problèmes signalés par le public, comptés par page. Classez-les sans suite, interrogez l’organisation ou retirez la page du site public, toujours en indiquant un motif.
report-queue-empty = Aucun signalement n’est en attente de décision.
report-count = { $count ->
    [one] { $count } signalement
    [many] { $count } signalements
   *[other] { $count } signalements
}
report-decision-note = Votre motif (envoyé à l’organisation si vous l’interrogez ou retirez la page)
coalition-role = Rôle dans la Coalition
no-coalition-role = Ni chef de file ni membre d’un domaine prioritaire.
role-leader-of = Chef de file de domaine prioritaire : { $area }
role-member-of = Membre de domaine prioritaire : { $area }
profile-pledges = Engagements publiés
profile-totals = Engagements : { $count }, d’une valeur de { $usd } ; { $cosigned } en tant que cosignataire
part-partner = partenaire
part-co-signer = cosignataire
profile-opportunities = Opportunités auxquelles elle a répondu
profile-events = Événements où elle a fait une annonce
posters-title = Qui peut publier des opportunités
posters-intro = Les administrateurs de l’UIT publient les opportunités, de même que les examinateurs auxquels ce droit est accordé ici.
poster-yes = peut publier
poster-no = ne peut pas publier
poster-grant = Accorder le droit
poster-revoke = Retirer le droit
answers-opportunities = Répond aux opportunités
section-market = Opportunités et partenaires
field-answers = Opportunités auxquelles répond cet engagement
field-open-sign-on = Engagement ouvert
open-sign-on-yes = D’autres organisations peuvent se joindre à cet engagement
hint-open-sign-on = Une fois l’engagement publié par l’UIT, d’autres organisations peuvent y ajouter des fonds, une aide en nature ou un rôle ; l’UIT examine chaque adhésion. Vous pouvez clore les adhésions à tout moment.
opportunity-suggestions = Opportunités auxquelles cet engagement pourrait répondre
stat-cosigned = Apports des cosignataires (USD)
sign-in-to-sign-on = Connectez-vous pour joindre votre organisation à cet engagement
audit-about-opportunity = Opportunité
audit-about-sign-on = Adhésion à un engagement ouvert
audit-about-report = Signalement d’un problème
audit-do-post = Publier
audit-do-sign-on = Se joindre
audit-do-close-sign-on = Clore les adhésions
audit-do-dismiss = Classer sans suite
audit-do-ask = Interroger l’organisation
audit-do-grant-opportunities = Accorder le droit de publier des opportunités
audit-do-revoke-opportunities = Retirer le droit de publier des opportunités
unpublish-admins-only = Seuls les administrateurs de l’UIT peuvent retirer un engagement du recueil : adressez-vous à l’un d’eux si la page doit être retirée.
