import { Foundation1764000000000 } from "./1764000000000-Foundation";
import { ActorGraph1764100000000 } from "./1764100000000-ActorGraph";
import { LinkRules1764200000000 } from "./1764200000000-LinkRules";
import { EventSpans1764300000000 } from "./1764300000000-EventSpans";
import { MediaOwnerIndex1764400000000 } from "./1764400000000-MediaOwnerIndex";
import { ElementBanner1764510000000 } from "./1764510000000-ElementBanner";
import { InvitationsByAddress1764650000000 } from "./1764650000000-InvitationsByAddress";
import { NewestFirstIndexes1764700000000 } from "./1764700000000-NewestFirstIndexes";
import { StructuredAddresses1764800000000 } from "./1764800000000-StructuredAddresses";
import { Gazetteer1764810000000 } from "./1764810000000-Gazetteer";
import { ElementSearch1764820000000 } from "./1764820000000-ElementSearch";
import { DiscoveryIndexes1764850000000 } from "./1764850000000-DiscoveryIndexes";
import { HomeArea1764860000000 } from "./1764860000000-HomeArea";
import { ActivityNews1764910000000 } from "./1764910000000-ActivityNews";
import { NewsImageIndex1764920000000 } from "./1764920000000-NewsImageIndex";
import { ElementSource1765050000000 } from "./1765050000000-ElementSource";
import { News1764900000000 } from "./1764900000000-News";
import { Notifications1765010000000 } from "./1765010000000-Notifications";
import { NewsNotifications1765100000000 } from "./1765100000000-NewsNotifications";
import { FirstStepsAndHelp1765020000000 } from "./1765020000000-FirstStepsAndHelp";
import { InstanceSettings1765000000000 } from "./1765000000000-InstanceSettings";
import { OpenMembership1765060000000 } from "./1765060000000-OpenMembership";
import { MapCells1765120000000 } from "./1765120000000-MapCells";
import { SearchPageIndex1765130000000 } from "./1765130000000-SearchPageIndex";
import { SearchWords1765200000000 } from "./1765200000000-SearchWords";
import { NameOrderIndex1765210000000 } from "./1765210000000-NameOrderIndex";
import { PublicChangedAt1765230000000 } from "./1765230000000-PublicChangedAt";
import { NewsPlaceGeo1765300000000 } from "./1765300000000-NewsPlaceGeo";

/** Every migration in order; a landed migration is never edited. */
export const migrations = [
  Foundation1764000000000,
  ActorGraph1764100000000,
  LinkRules1764200000000,
  EventSpans1764300000000,
  MediaOwnerIndex1764400000000,
  ElementBanner1764510000000,
  InvitationsByAddress1764650000000,
  NewestFirstIndexes1764700000000,
  StructuredAddresses1764800000000,
  Gazetteer1764810000000,
  ElementSearch1764820000000,
  DiscoveryIndexes1764850000000,
  HomeArea1764860000000,
  News1764900000000,
  ActivityNews1764910000000,
  NewsImageIndex1764920000000,
  Notifications1765010000000,
  ElementSource1765050000000,
  FirstStepsAndHelp1765020000000,
  InstanceSettings1765000000000,
  OpenMembership1765060000000,
  NewsNotifications1765100000000,
  MapCells1765120000000,
  SearchPageIndex1765130000000,
  SearchWords1765200000000,
  NameOrderIndex1765210000000,
  PublicChangedAt1765230000000,
  NewsPlaceGeo1765300000000,
];
